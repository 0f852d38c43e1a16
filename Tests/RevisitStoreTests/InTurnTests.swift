import Foundation
import XCTest
@testable import RevisitStore

final class InTurnTests: XCTestCase {
    func testChangesLandInTurnOrderWhicheverThreadMakesThemFirst() {
        let turns = InTurn([Int]())
        DispatchQueue.concurrentPerform(iterations: 200) { k in
            // Even turns are slow to get ready, so the odd ones after them would overtake.
            if k % 2 == 0 { usleep(200) }
            turns.change(turn: k) { $0.append(k) }
        }
        XCTAssertEqual(turns.value, Array(0 ..< 200))
    }
}
