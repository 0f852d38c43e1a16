/// Latin letters without their accents, for searching: a rep types "nunez" or "garcia" for
/// "Núñez" and "García" on a keyboard not set up for Spanish. Other scripts (Han, Hangul)
/// and unaccented text come back as they are.
public enum Unaccented {
    /// `text` with each accented Latin letter, precomposed or followed by combining accents,
    /// as its base letter ("ñ" -> "n", "Ç" -> "C").
    public static func text(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsFolding) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isCombiningAccent(scalar) {
            out.append(baseLetters[scalar] ?? scalar)
        }
        return String(out)
    }

    /// Han and Hangul, most of the desk's text, are ruled out by their range alone.
    private static func needsFolding(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xC0 ... 0x24F, 0x1E00 ... 0x1EFF: baseLetters[s] != nil
        case 0x300 ... 0x36F: true
        default: false
        }
    }

    private static func isCombiningAccent(_ s: Unicode.Scalar) -> Bool { (0x300 ... 0x36F).contains(s.value) }

    /// The Latin letters "WITH" an accent, by their Unicode names ("LATIN SMALL LETTER N WITH
    /// TILDE" -> "n"): Latin-1, Extended-A and -B, and Extended Additional (Vietnamese).
    private static let baseLetters: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        let ranges: [ClosedRange<UInt32>] = [0xC0 ... 0x24F, 0x1E00 ... 0x1EFF]   // as in `needsFolding`
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value), let name = scalar.properties.name else { continue }
            for (prefix, lowercase) in [("LATIN SMALL LETTER ", true), ("LATIN CAPITAL LETTER ", false)] where name.hasPrefix(prefix) {
                let rest = name.dropFirst(prefix.count)
                guard rest.dropFirst().hasPrefix(" WITH "), let letter = rest.first, letter.isASCII, letter.isLetter,
                      let base = (lowercase ? letter.lowercased() : String(letter)).unicodeScalars.first else { continue }
                table[scalar] = base
            }
        }
        return table
    }()
}
