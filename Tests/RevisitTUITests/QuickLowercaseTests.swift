import XCTest
import RevisitCore
@testable import RevisitTUI

final class QuickLowercaseTests: XCTestCase {
    func testSameAsLowercased() {
        let pieces = ["A", "z", "Z", "0", "\u{1F}", "·", "粤B", "京A·AAA7N", "김서연", "ÉLODIE", "José", "ΣΑΣ", "İ", "ǅ", "Ａ", "\u{301}", "㐀", "豈"]
        var random = SeededRandom(seed: 9)
        for _ in 0 ..< 500 {
            let text = (0 ..< random.int(0 ... 5)).map { _ in random.pick(pieces) }.joined()
            XCTAssertEqual(text.lowercasedQuickly, text.lowercased(), text)
        }
        XCTAssertEqual("粤B·12345\u{1F}C000001\u{1F}RECALL:P000001-1".lowercasedQuickly, "粤b·12345\u{1F}c000001\u{1F}recall:p000001-1")
    }
}
