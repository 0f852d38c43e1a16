@testable import RevisitTUI

/// The report's text helpers as they were before their fast paths, character by character:
/// the reference the fast paths must match.
enum ReportTextReference {
    static func pad(_ text: String, to width: Int, _ alignment: Alignment = .left) -> String {
        let fitted = TextFit.fitByCharacter(Sanitizer.singleLine(text), width: width, ellipsis: true)
        let slack = String(repeating: " ", count: max(0, width - fitted.width))
        return alignment == .right ? slack + fitted.text : fitted.text + slack
    }

    static func lines(_ text: String) -> [String] {
        text.replacingLineBreaks().split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.singleLine(String($0)) }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in lines(text) {
            var line: [Character] = [], used = 0, skippingSpaces = false
            for character in paragraph {
                let w = DisplayWidth.of(character)
                if skippingSpaces && character == " " { continue }
                skippingSpaces = false
                if used + w > width, !line.isEmpty, character == " " {
                    out.append(trimmedEnd(String(line)))
                    line = []; used = 0; skippingSpaces = true
                    continue
                }
                if used + w > width, !line.isEmpty {
                    let cut = line.lastIndex(of: " ").map { $0 + 1 } ?? line.count
                    let head = cut > 0 && cut < line.count || line.last == " " ? cut : line.count
                    out.append(trimmedEnd(String(line[..<head])))
                    line = Array(line[head...])
                    used = DisplayWidth.of(String(line))
                }
                line.append(character); used += w
            }
            out.append(trimmedEnd(String(line)))
        }
        return out
    }

    static func line(_ cells: [String], _ widths: [Int], _ alignments: [Alignment]) -> String {
        var parts: [String] = []
        for i in widths.indices {
            parts.append(pad(i < cells.count ? cells[i] : "", to: widths[i], alignments[i]))
        }
        return trimmedEnd(parts.joined(separator: " "))
    }

    static func trimmedEnd(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
