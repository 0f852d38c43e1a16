import RevisitTUI

/// What the command line prints for people to read. A customer's words are stored exactly as
/// given, escape bytes and all; printed raw they would move the cursor or recolour the
/// terminal. Each control character, escape sequence introducer or bidirectional override
/// becomes the placeholder the screens draw (`Sanitizer`); line breaks stay. CSV and JSON
/// keep the text exact (JSON escapes it).
enum TerminalText {
    static func safe(_ text: String) -> String {
        guard mayHoldUnsafe(text) else { return text }
        return Sanitizer.lines(text).joined(separator: "\n")
    }

    /// A quick look at the bytes for anything `Sanitizer` replaces: C0 controls but the line
    /// feed, DEL, C1 controls (C2 80 to C2 9F) and U+2028 to U+202E, U+2066 to U+2069 (E2 80 A8
    /// to E2 80 AE, E2 81 A6 to E2 81 A9). Most output has none, and a queue of thousands of
    /// lines is printed at once.
    static func mayHoldUnsafe(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x20 && b != 0x0A || b == 0x7F { return true }
                if b == 0xC2, i + 1 < bytes.count, (0x80 ... 0x9F).contains(bytes[i + 1]) { return true }
                if b == 0xE2, i + 2 < bytes.count,
                   bytes[i + 1] == 0x80 && (0xA8 ... 0xAE).contains(bytes[i + 2]) || bytes[i + 1] == 0x81 && (0xA6 ... 0xA9).contains(bytes[i + 2]) {
                    return true
                }
                i += 1
            }
            return false
        }
    }
}
