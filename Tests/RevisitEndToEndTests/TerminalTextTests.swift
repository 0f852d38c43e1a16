import XCTest
@testable import revisit

final class TerminalTextTests: XCTestCase {
    /// The quick look finds every kind of character the sanitizer replaces, and passes the
    /// queue's usual text (CJK, plates with their middle dot) untouched.
    func testTheQuickLookFindsWhatTheSanitizerReplaces() {
        for unsafe in ["a\u{1B}b", "tab\tx", "cr\rx", "\u{7F}", "\u{85}", "\u{9B}", "\u{2028}", "\u{202E}x", "\u{2066}"] {
            XCTAssertTrue(TerminalText.mayHoldUnsafe(unsafe), unsafe.debugDescription)
            XCTAssertNotEqual(TerminalText.safe(unsafe), unsafe, unsafe.debugDescription)
        }
        let usual = "OVD 11-05 10:00 satisfaction 张伟 粤B·12345 Núñez 김민준 ‘quoted’ — ok\\n\n"
        XCTAssertFalse(TerminalText.mayHoldUnsafe(usual))
        XCTAssertEqual(TerminalText.safe(usual), usual)
        XCTAssertEqual(TerminalText.safe("一\n二\u{1B}[31m\n"), "一\n二␛[31m\n")
    }
}
