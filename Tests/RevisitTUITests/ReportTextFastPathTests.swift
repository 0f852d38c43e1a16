import XCTest
@testable import RevisitTUI

/// The report's text fast paths (`SimpleScalars`, scalar by scalar) against the character
/// path they stand in for, on text that has broken layouts before.
final class ReportTextFastPathTests: XCTestCase {
    /// Every simple scalar: its width as a character, left alone by the sanitizer, and a
    /// character of its own beside each kind of simple scalar (letters, Han, Hangul LV and
    /// LVT syllables, an emoji-capable sign, a format control) on either side.
    func testEverySimpleScalarIsACharacterOfItsOwnWidth() {
        let neighbours: [Unicode.Scalar] = ["a", "中", "가", "각", "©", "\u{AD}", "…", " "]
        var simple = 0
        for value in UInt32(0) ... 0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let width = SimpleScalars.width(scalar) else { continue }
            simple += 1
            if DisplayWidth.of(Character(scalar)) != width { XCTFail("U+\(String(value, radix: 16)) is not \(width) wide") }
            if Sanitizer.placeholder(for: scalar) != nil { XCTFail("U+\(String(value, radix: 16)) needs sanitizing") }
            for other in neighbours {
                var pair = String.UnicodeScalarView(), reversed = String.UnicodeScalarView()
                pair.append(scalar); pair.append(other)
                reversed.append(other); reversed.append(scalar)
                if String(pair).count != 2 || String(reversed).count != 2 {
                    XCTFail("U+\(String(value, radix: 16)) joins U+\(String(other.value, radix: 16))")
                }
            }
        }
        XCTAssertGreaterThan(simple, 39_000)
    }

    func testNonSimpleTextTakesTheCharacterPath() {
        for text in ["e\u{301}", "\u{1112}\u{1161}", "😀", "a\tb", "\u{202E}", "x\u{FE0F}", "〪", "\u{200D}"] {
            XCTAssertNil(SimpleScalars.width(of: text), text)
        }
        XCTAssertEqual(SimpleScalars.width(of: "张伟 María “ok” → …"), 4 + 1 + 5 + 1 + 4 + 1 + 1 + 1 + 1)
    }

    func testFitMatchesTheCharacterPath() {
        let texts = TrickyText.samples + TrickyText.samples.map(Sanitizer.singleLine)
        XCTAssertGreaterThan(texts.filter { SimpleScalars.width(of: $0) != nil }.count, 20)
        for text in texts {
            for width in -1 ... 70 {
                for ellipsis in [true, false] {
                    XCTAssertEqual(TextFit.fit(text, width: width, ellipsis: ellipsis),
                                   TextFit.fitByCharacter(text, width: width, ellipsis: ellipsis), "\(text) in \(width)")
                }
            }
        }
    }

    func testPadMatchesTheCharacterPath() {
        for text in TrickyText.samples {
            for width in 0 ... 40 {
                for alignment in [Alignment.left, .right, .center] {
                    XCTAssertEqual(ReportText.pad(text, to: width, alignment), ReportTextReference.pad(text, to: width, alignment),
                                   "\(text) in \(width) \(alignment)")
                }
            }
        }
    }

    func testLinesSplitLikeTheCharacterPath() {
        let texts = TrickyText.samples + ["\n", "\n\n", "a\n\u{301}b", "\r\n\u{301}", "x\r\r\ny\n", "末\n", "\u{1F1E8}\n\u{1F1F3}",
                                          TrickyText.samples.joined(separator: "\n"), TrickyText.samples.joined(separator: "\r")]
        for text in texts {
            XCTAssertEqual(Sanitizer.lines(text), ReportTextReference.lines(text), text)
        }
    }

    func testWrapMatchesTheCharacterPath() {
        let paragraphs = TrickyText.samples + [TrickyText.samples.joined(separator: "\n"), TrickyText.samples.joined(separator: " "),
                                               TrickyText.samples.joined(separator: "\r\n"), TrickyText.samples.joined()]
        for text in paragraphs {
            for width in -1 ... 45 {
                XCTAssertEqual(TextWrap.lines(text, width: width), ReportTextReference.wrap(text, width: width), "\(text) in \(width)")
            }
        }
    }

    func testTableLinesMatchTheCharacterPath() {
        let columns: [TextTable.Column] = [.left("a", 5), .left("b", 12), .right("c", 3),
                                           TextTable.Column(title: "d", width: 9, alignment: .center), .left("e")]
        let table = TextTable(columns)
        let widths = table.widths(for: 60)
        let samples = TrickyText.samples
        for first in samples.indices {
            let cells = (0 ..< 5).map { samples[(first + $0 * 7) % samples.count] }
            XCTAssertEqual(table.line(cells, widths), ReportTextReference.line(cells, widths, columns.map(\.alignment)), "\(cells)")
            XCTAssertEqual(table.line(Array(cells.prefix(2)), widths),
                           ReportTextReference.line(Array(cells.prefix(2)), widths, columns.map(\.alignment)))
        }
    }
}
