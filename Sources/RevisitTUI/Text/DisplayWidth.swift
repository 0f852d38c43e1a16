/// How many terminal cells text takes: 2 for East Asian wide and fullwidth
/// characters and emoji, 0 for combining marks and format characters, 1 otherwise.
/// Control characters measure 0: they never reach the screen unsanitized.
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// A grapheme cluster: a base with its marks, a Hangul L+V+T syllable, an
    /// emoji sequence. Never more than 2; an emoji variation selector makes 2.
    public static func of(_ character: Character) -> Int {
        var sum = 0
        var emojiPresentation = false
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { emojiPresentation = true }
            sum += of(scalar)
        }
        if emojiPresentation && sum == 1 { return 2 }
        return min(sum, 2)
    }

    public static func of<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The widest of `texts`, 0 when there are none: a column sized to what it holds.
    public static func widest(_ texts: some Sequence<String>) -> Int {
        texts.reduce(0) { max($0, of($1)) }
    }

    static func isWide(_ v: UInt32) -> Bool {
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound { high = mid - 1 } else if v > range.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        // Hangul medial vowels and final consonants join the leading consonant's two cells.
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return true }
        if v == 0x200B { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }
}
