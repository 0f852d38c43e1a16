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
        var before = (UInt8(0), UInt8(0))
        for byte in text.utf8 {
            switch (before.0, before.1, byte) {
            case (_, _, 0x00 ... 0x09), (_, _, 0x0B ... 0x1F), (_, _, 0x7F): return true
            case (_, 0xC2, 0x80 ... 0x9F): return true
            case (0xE2, 0x80, 0xA8 ... 0xAE), (0xE2, 0x81, 0xA6 ... 0xA9): return true
            default: before = (before.1, byte)
            }
        }
        return false
    }
}
