/// Finds where the closed batches of a region end. A batch closes with its first line whose SEQ
/// has no "more follows" mark (`123+`). Complete lines after the last closing line belong to a
/// save whose writer was killed mid-`write`: like a partial last line, they are not yet written.
///
/// Only the end of the region is looked at (walking back from the last newline), so reading a
/// segment costs nothing extra per line. A line counts as marked by its bytes alone: its checksum
/// is checked when it is read, as for every line.
enum BatchTail {
    /// The length of the prefix of `bytes` made of closed batches, and how many complete lines
    /// (of an unfinished batch) follow it.
    static func closedPrefix(_ bytes: UnsafeRawBufferPointer) -> (length: Int, openLines: Int) {
        guard let base = bytes.baseAddress, var newline = lastNewline(in: base, before: bytes.count) else {
            return (0, 0)
        }
        var openLines = 0
        while true {
            let start = lastNewline(in: base, before: newline).map { $0 + 1 } ?? 0
            guard marksMoreFollows(base + start, length: newline - start) else { return (newline + 1, openLines) }
            openLines += 1
            guard start > 0 else { return (0, openLines) }
            newline = start - 1
        }
    }

    /// True if the line's SEQ column (between the first and second tab) ends with `+`.
    static func marksMoreFollows(_ line: UnsafeRawPointer, length: Int) -> Bool {
        let seqStart = 9
        guard length > seqStart, line.load(fromByteOffset: seqStart - 1, as: UInt8.self) == LineFormat.tab else {
            return false
        }
        let searchEnd = min(length, seqStart + 20)
        var i = seqStart + 1
        while i < searchEnd {
            if line.load(fromByteOffset: i, as: UInt8.self) == LineFormat.tab {
                return line.load(fromByteOffset: i - 1, as: UInt8.self) == LineFormat.moreFollows
            }
            i += 1
        }
        return false
    }

    private static func lastNewline(in base: UnsafeRawPointer, before end: Int) -> Int? {
        var i = end - 1
        while i >= 0 {
            if base.load(fromByteOffset: i, as: UInt8.self) == LineFormat.newline { return i }
            i -= 1
        }
        return nil
    }
}
