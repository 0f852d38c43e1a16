/// The first consonant of each Hangul syllable in a name ("김서연" -> "ㄱㅅㅇ"), as the letters a
/// Korean keyboard types alone: Korean contact lists find a name by them (초성 검색), so a rep
/// types ㄱㅅㅇ for 김서연 without composing each syllable.
public enum HangulInitials {
    /// The initials of the name's Hangul syllables, or nil when it has none.
    public static func of(_ name: String) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where syllables.contains(scalar.value) {
            out.append(initials[Int((scalar.value - syllables.lowerBound) / syllablesPerInitial)])
        }
        return out.isEmpty ? nil : String(out)
    }

    private static let syllables: ClosedRange<UInt32> = 0xAC00 ... 0xD7A3
    /// 21 vowels times 28 finals share each initial, in Unicode's order.
    private static let syllablesPerInitial: UInt32 = 21 * 28
    /// The 19 initials in that order, as the compatibility letters a keyboard sends.
    private static let initials = Array("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".unicodeScalars)
}
