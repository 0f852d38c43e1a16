/// The line breaking of `TextWrap` over a paragraph's units: its characters, or its scalars
/// when each scalar is a character (`SimpleScalars`), which is the same and much cheaper.
/// A line takes units while the next one fits `width` cells; when it does not, the line ends
/// there if that unit is a space (the spaces are skipped), else after its last space (or,
/// with no space, before that unit), without its trailing spaces, and what followed the
/// space starts the next line. A unit `breaksAfter` accepts (a Chinese "；" between the
/// parts of a list) is a place to break like a space, but stays at the end of its line.
/// Lines after the first fit `width - hangingIndent` cells, for the caller to indent.
enum GreedyWrap {
    static func lines<Units: BidirectionalCollection>(
        _ units: Units, width firstWidth: Int, hangingIndent: Int = 0, widthOf: (Units.Element) -> Int,
        isSpace: (Units.Element) -> Bool, breaksAfter: (Units.Element) -> Bool = { _ in false },
        emit: (Units.SubSequence) -> Void
    ) {
        var width = firstWidth
        var start = units.startIndex, used = 0
        var afterLastSpace: Units.Index?
        var i = start
        while i != units.endIndex {
            let w = widthOf(units[i])
            if used + w > width && i != start && isSpace(units[i]) {
                emit(units[start ..< end(of: start ..< i, in: units, isSpace)])
                width = max(1, firstWidth - hangingIndent)
                while i != units.endIndex && isSpace(units[i]) { i = units.index(after: i) }
                start = i
                used = 0
                afterLastSpace = nil
                continue
            }
            if used + w > width && i != start {
                let cut = afterLastSpace ?? i
                emit(units[start ..< end(of: start ..< cut, in: units, isSpace)])
                width = max(1, firstWidth - hangingIndent)
                used = units[cut ..< i].reduce(0) { $0 + widthOf($1) }
                start = cut
                afterLastSpace = nil
            }
            used += w
            if isSpace(units[i]) || breaksAfter(units[i]) { afterLastSpace = units.index(after: i) }
            i = units.index(after: i)
        }
        emit(units[start ..< end(of: start ..< i, in: units, isSpace)])
    }

    /// The end of `line` without its trailing spaces.
    static func end<Units: BidirectionalCollection>(of line: Range<Units.Index>, in units: Units,
                                                    _ isSpace: (Units.Element) -> Bool) -> Units.Index {
        var end = line.upperBound
        while end != line.lowerBound, isSpace(units[units.index(before: end)]) { end = units.index(before: end) }
        return end
    }
}
