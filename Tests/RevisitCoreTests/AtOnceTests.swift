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
}
