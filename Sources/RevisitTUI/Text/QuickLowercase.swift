extension String {
    /// `lowercased()`, without Unicode's case tables for the text the desk mostly holds:
    /// ASCII, the middle dot of plates, CJK ideographs and Hangul syllables, where only A-Z
    /// change (ideographs and syllables have no case). Anything else goes to `lowercased()`.
    var lowercasedQuickly: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x41 ... 0x5A: bytes.append(UInt8(scalar.value + 0x20))
            case 0 ... 0x7F: bytes.append(UInt8(scalar.value))
            case 0xB7: bytes += UTF8.encode(scalar)!
            default:
                guard scalar.isHanOrHangulSyllable else { return lowercased() }
                bytes += UTF8.encode(scalar)!
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
