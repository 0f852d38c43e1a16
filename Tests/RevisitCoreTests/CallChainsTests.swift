import XCTest
@testable import RevisitCore

final class CallChainsTests: XCTestCase {
    func testChainsKeepTheirOrderAcrossGrowth() {
        // Order by a value per call; calls for 3,000 keys, some filed out of order.
        var order: [Int] = []
        var chains = CallChains()
        var expected: [UInt64: [Int]] = [:]
        for i in 0..<9000 {
            let key = UInt64(i % 3000) &* 0x1234_5678_9ABC_DEF1 | 1
            order.append(i % 7 == 0 ? -i : i)            // every 7th call belongs earlier than the rest
            // A coarse order (ties decided by `precedes`) as the ledger's minutes are for its times.
            chains.file(i, key: key, order: Int32(order[i] >> 4)) { order[$0] < order[$1] }
            expected[key, default: []].append(i)
        }
        for (key, calls) in expected {
            XCTAssertEqual(chains.chain(key), calls.sorted { order[$0] < order[$1] })
        }
        XCTAssertEqual(chains.chain(42), [], "a key never filed has no chain")
    }

    func testAKeyOfZeroIsAKeyLikeAnyOther() {
        var chains = CallChains()
        chains.file(0, key: 0, order: 0) { $0 < $1 }
        chains.file(1, key: 5, order: 1) { $0 < $1 }
        chains.file(2, key: 0, order: 2) { $0 < $1 }
        XCTAssertEqual(chains.chain(0), [0, 2])
        XCTAssertEqual(chains.chain(5), [1])
    }
}
