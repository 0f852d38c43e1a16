/// The one gate every drawn string passes: control characters, escape
/// sequences and bidirectional overrides become visible placeholders, so a
/// customer's words can never move the cursor or change the terminal.
public enum Sanitizer {
    /// For a single line: a line break too becomes a placeholder.
    public static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { placeholder(for: $0) != nil }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replacement = placeholder(for: scalar) { out.append(replacement) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// For several lines: splits at line breaks (LF, CR LF, CR), then sanitizes each line.
    public static func lines(_ text: String) -> [String] {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return [singleLine(text)] }
        let normalized = text.replacingLineBreaks()
        // Split by scalar: with no CR left, every LF is a character of its own.
        return normalized.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { singleLine(String($0)) }
    }

    /// For text printed whole, as the command line prints cards and lists for people: line
    /// breaks stay, every other scalar `placeholder(for:)` names is replaced. Most such text
    /// has none, and a queue of thousands of lines is printed at once, so the bytes are looked
    /// at first (`mayNeedPlaceholders`).
    public static func keepingLineBreaks(_ text: String) -> String {
        guard mayNeedPlaceholders(text) else { return text }
        return lines(text).joined(separator: "\n")
    }

    /// Whether `text`'s UTF-8 holds a scalar `placeholder(for:)` replaces, the line feed
    /// aside: C0 controls and DEL (one byte), C1 controls (C2 80 to C2 9F), U+2028 to U+202E
    /// (E2 80 A8 to E2 80 AE) and U+2066 to U+2069 (E2 81 A6 to E2 81 A9). A test holds it
    /// to `placeholder(for:)` scalar by scalar.
    static func mayNeedPlaceholders(_ text: String) -> Bool {
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

    /// The visible stand-in for a scalar that must not reach the terminal, or nil if it is safe.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + v)   // ␀ … ␛ … ␟ (Control Pictures)
        case 0x7F: return "\u{2421}"                            // ␡
        case 0x80...0x9F: return "\u{FFFD}"                     // C1 controls, CSI among them
        case 0x2028, 0x2029: return "\u{2424}"                  // ␤
        case 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}" // bidi embeddings, overrides, isolates
        default: return nil
        }
    }
}

extension String {
    /// CR LF and lone CR become LF.
    func replacingLineBreaks() -> String {
        guard unicodeScalars.contains("\r") else { return self }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" { out.append("\n"); previousWasCR = true; continue }
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            out.append(scalar)
        }
        return String(out)
    }
}
