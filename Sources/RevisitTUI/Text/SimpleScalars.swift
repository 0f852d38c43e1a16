/// Scalars that always make a character on their own, have a fixed width of one or two
/// cells and pass `Sanitizer` unchanged: printable ASCII, Latin letters and signs, common
/// punctuation, arrows, box drawing, control pictures, CJK and Hangul syllables.
///
/// None of them joins its neighbours in a grapheme cluster (no marks, joiners, variation
/// selectors, jamo, regional indicators or prepended scalars), so text made only of them
/// can be measured, cut and wrapped scalar by scalar with the same result as character by
/// character, without the cost of grapheme breaking. Any other text takes the character path.
enum SimpleScalars {
    /// The width of `scalar` if it is simple, else nil.
    @inline(__always)
    static func width(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x20 ... 0x7E: 1
        // Latin-1 and Latin Extended letters, spacing modifiers (combining marks start at 0x300).
        case 0xA0 ... 0x2FF: 1
        // Dashes, quotes, bullets, "…", primes (not the joiners and bidi controls around them).
        case 0x2010 ... 0x2027, 0x2030 ... 0x205E: 1
        case 0x2190 ... 0x21FF, 0x2400 ... 0x2426, 0x2500 ... 0x259F, 0xFFFD: 1
        // CJK punctuation without the combining tone marks 0x302A ... 0x302F.
        case 0x3000 ... 0x3029, 0x3030 ... 0x303E: 2
        case 0x3400 ... 0x4DBF, 0x4E00 ... 0x9FFF, 0xAC00 ... 0xD7A3, 0xFF01 ... 0xFF60: 2
        default: nil
        }
    }

    /// The width of `text` if all its scalars are simple, else nil.
    static func width<S: StringProtocol>(of text: S) -> Int? {
        var total = 0
        for scalar in text.unicodeScalars {
            guard let w = width(scalar) else { return nil }
            total += w
        }
        return total
    }
}
