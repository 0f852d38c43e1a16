import XCTest
@testable import RevisitCore

final class AtOnceTests: XCTestCase {
    func testEachResultComesBackInItsPlace() {
        for n in 0 ..< 50 {
            let (sum, text) = AtOnce.both({ (0 ... n).reduce(0, +) }, { String(repeating: "x", count: n) })
            XCTAssertEqual(sum, n * (n + 1) / 2)
            XCTAssertEqual(text.count, n)
        }
    }

    func testMapGivesEachResultInItsItemsPlace() {
        for n in [0, 1, 2, 7, 100] {
            let items = Array(0 ..< n)
            let texts = AtOnce.map(items) { String(repeating: "字", count: $0 % 20) + "\($0)" }
            XCTAssertEqual(texts, items.map { String(repeating: "字", count: $0 % 20) + "\($0)" }, "\(n) items")
        }
    }
}
