import XCTest
@testable import RevisitCore

/// `LogCall` refuses bad input, naming the field and the value.
final class CallLogValidationTests: XCTestCase {
    var world = QueueWorld()
    let now = "2026-03-05 10:30"

    override func setUp() {
        world = QueueWorld()
        world.visit("RO-1", delivered: "2026-03-02 16:30")
    }

    func refused(_ outcome: CallOutcome, _ message: String, kind: CommandError.Kind = .invalid,
                 callAt: String? = nil, file: StaticString = #filePath, line: UInt = #line,
                 _ configure: (inout LogCall) -> Void) {
        XCTAssertRefused(try world.log("sat:RO-1", outcome, now: now, callAt: callAt, configure), kind, message, file: file, line: line)
        XCTAssertTrue(world.state.calls.calls.isEmpty, "nothing was logged", file: file, line: line)
    }

    func testRatings() {
        refused(.reached, "rating taste=4: no such survey question (known: speed, prices, staff, quality, visit)") { $0.ratings = ["taste": 4] }
        refused(.reached, "rating speed=6: must be 1 to 5") { $0.ratings = ["speed": 6] }
        refused(.reached, "rating prices=0: must be 1 to 5") { $0.ratings = ["prices": 0, "speed": 3] }
        refused(.reached, "overall 0: must be 1 to 5") { $0.overall = 0 }
        refused(.busy, "rating speed=4: only with outcome reached, not busy") { $0.ratings = ["speed": 4] }
        refused(.noAnswer, "overall 5: only with outcome reached, not no-answer") { $0.overall = 5 }
        refused(.refused, "satisfied yes: only with outcome reached, not refused") { $0.satisfied = true }
    }

    func testWords() throws {
        refused(.reached, "words: 4001 characters; at most 4000") { $0.words = String(repeating: "好", count: 4001) }
        let longest = String(repeating: "好", count: 4000)
        XCTAssertEqual(try world.log("sat:RO-1", .reached, now: now) { $0.words = longest }.words, longest)
    }

    func testCallback() {
        refused(.callback, "outcome callback needs a callback time") { _ in }
        refused(.callback, "callback 2026-03-05 10:30: not in the future (now 2026-03-05 10:30)") { $0.callbackAt = at("2026-03-05 10:30") }
        refused(.reached, "callback 2026-03-06 10:30: only with outcome callback, not reached") { $0.callbackAt = at("2026-03-06 10:30") }
    }

    func testOutcomeRules() {
        refused(.noAnswer, "problem flag: only with outcome reached or refused, not no-answer") { $0.problem = true }
        refused(.busy, "do-not-call: only with outcome refused or reached, not busy") { $0.doNotCall = "asked" }
        refused(.refused, "do-not-call: the reason is empty") { $0.doNotCall = " \u{3000}" }
        refused(.reached, "cause price: only on a win-back task, not satisfaction") { $0.cause = .price }
        refused(.reached, "mileage -1: must be 0 to 2000000") { $0.mentionedMileage = -1 }
        refused(.reached, "call time 2026-03-05 10:31 is after now (2026-03-05 10:30)", callAt: "2026-03-05 10:31") { _ in }
    }

    func testUnknownTask() {
        XCTAssertRefused(try world.log("sat:RO-2", .reached, now: now), .notFound, "task sat:RO-2: no such task at 2026-03-05 10:30")
        XCTAssertRefused(try world.log("sat:RO-1", .reached, now: "2026-03-02 10:00"), .notFound,
                         "task sat:RO-1: no such task at 2026-03-02 10:00")
    }

    func testAFullCallIsStoredAsEntered() throws {
        let call = try world.log("sat:RO-1", .reached, now: now) {
            $0.ratings = ["speed": 5, "quality": 2]; $0.overall = 3; $0.problem = true
            $0.words = "  发动机还是有异响\r\n\t上次说修好了 🙁  "
            $0.mentionedServiceDate = day("2026-09-01"); $0.mentionedMileage = 15000
        }
        XCTAssertEqual(call.id, "K000001")
        XCTAssertEqual(call.caller, "li.na")
        XCTAssertEqual(call.customerID, "C000001")
        XCTAssertEqual(call.visitRO, "RO-1")
        XCTAssertEqual(call.taskKind, .satisfaction)
        XCTAssertEqual(Array(world.state.calls.calls[0].words.utf8), Array("  发动机还是有异响\r\n\t上次说修好了 🙁  ".utf8))
        XCTAssertEqual(world.state.calls.calls[0], call, "the journal round trip keeps every field")
        XCTAssertTrue(call.showsProblem)
        XCTAssertEqual(try world.log("sat:RO-1", .reached, now: "2026-03-05 10:40", callAt: "2026-03-05 10:00").id, "K000002",
                       "a paper call from before the closing call is still accepted")
    }
}

extension CallLogValidationTests {
    func testAJournalCallWithAnOddIdIsKeptAndARepeatedIdIsNotDoubled() throws {
        let call = Call(id: "legacy-7", caller: "li.na", customerID: "C000001", taskID: "sat:RO-1", taskKind: .satisfaction,
                        callAt: at("2026-03-05 10:00"), enteredAt: at("2026-03-05 10:00"), outcome: .noAnswer)
        world.apply([CallLogged(call), CallLogged(call)])
        XCTAssertEqual(world.state.calls.call(id: "legacy-7"), call)
        let numbered = try world.log("sat:RO-1", .busy, now: "2026-03-05 16:00")
        XCTAssertEqual(numbered.id, "K000001")
        world.apply([CallLogged(numbered)])
        XCTAssertEqual(world.state.calls.calls.map(\.id), ["legacy-7", "K000001"], "each id recorded once")
        XCTAssertEqual(world.task("sat:RO-1", "2026-03-05 16:01")?.failedAttempts, 2)
    }
}
