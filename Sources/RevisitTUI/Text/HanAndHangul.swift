extension Unicode.Scalar {
    /// A CJK unified ideograph (not the compatibility ones) or a precomposed Hangul syllable
    /// (not the jamo): characters with no case that never join their neighbours.
    var isHanOrHangulSyllable: Bool {
        switch value {
        case 0x3400 ... 0x4DBF, 0x4E00 ... 0x9FFF, 0xAC00 ... 0xD7A3: true
        default: false
        }
    }
}
