import Foundation
import XCTest

/// A call worked in the real binary in tmux: the rep's home is the queue, Enter takes the
/// call, ratings by key, Chinese words on two lines, save; the words come back exactly.
final class CallTerminalTests: CallDeskCase {
    func testACallWithChineseWordsTypedIn() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        try setUpShop()
        let tmux = try TmuxSession(["--store", store], env: ["REVISIT_USER": "li.na", "REVISIT_NOW": "2026-11-12 10:00"])
        let queue = try tmux.waitFor("3 due, 1 overdue")
        XCTAssertTrue(queue[3].hasPrefix("OVD 11-05 10:00 satisfaction 张伟"), queue[3])
        try tmux.send("Enter")
        try tmux.waitFor("Survey")
        try tmux.type("55443")
        try tmux.type("4")
        try tmux.type("师傅很专业，")
        try tmux.send("Enter")
        try tmux.type("洗车没洗干净。")
        try tmux.send("F10")
        try tmux.waitFor("Call K000001 saved")
        let card = try json(try ok(at: "2026-11-12 10:05", "customer", "show", "C000001", "--format", "json"))
        let calls = try XCTUnwrap(card["calls"] as? [[String: Any]])
        XCTAssertEqual(calls.first?["words"] as? String, "师傅很专业，\n洗车没洗干净。")
        XCTAssertEqual(calls.first?["ratings"] as? [String: Int], ["speed": 5, "prices": 5, "staff": 4, "quality": 4, "visit": 3])
        XCTAssertEqual(calls.first?["overall"] as? Int, 4)
        try tmux.quit()
    }
}
