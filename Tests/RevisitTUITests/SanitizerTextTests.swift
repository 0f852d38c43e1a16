import XCTest
@testable import RevisitTUI

final class SanitizerTextTests: XCTestCase {
    /// The quick look at the bytes agrees with `placeholder(for:)` on every scalar below
    /// U+3000 (C0, C1, the line and paragraph separators, the bidi controls among them) and
    /// on some above: it never lets one through that would be replaced.
    func testTheQuickLookAgreesWithThePlaceholders() {
        let scalars = (0 ..< 0x3000).compactMap(Unicode.Scalar.init) + ["张", "김", "😀", "\u{FEFF}", "\u{FFFD}"]
        for scalar in scalars {
            let replaced = scalar != "\n" && Sanitizer.placeholder(for: scalar) != nil
            XCTAssertEqual(Sanitizer.mayNeedPlaceholders("a" + String(scalar) + "b"), replaced, "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Line breaks stay; everything else the screens replace is replaced; the queue's usual
    /// text (CJK, plates with their middle dot, accents, typographic quotes) comes back as it is.
    func testLineBreaksStayAndTheRestIsReplaced() {
        XCTAssertEqual(Sanitizer.keepingLineBreaks("一\n二\u{1B}[31m\n"), "一\n二␛[31m\n")
        XCTAssertEqual(Sanitizer.keepingLineBreaks("cr\r\nlf\tx\u{7}"), "cr\nlf␉x␇")
        let usual = "OVD 11-05 10:00 satisfaction 张伟 粤B·12345 Núñez 김민준 ‘quoted’ — ok\n"
        XCTAssertEqual(Sanitizer.keepingLineBreaks(usual), usual)
    }
}
