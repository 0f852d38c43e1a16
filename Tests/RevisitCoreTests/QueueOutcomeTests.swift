import XCTest
@testable import RevisitCore

/// What each call outcome does to the task and the customer.
final class QueueOutcomeTests: XCTestCase {
    var world = QueueWorld()
    let sat = "sat:RO-1"

    override func setUp() {
        world = QueueWorld()
        world.visit("RO-1", type: .repair, delivered: "2026-03-02 16:30")   // due 2026-03-05 10:00
    }

    func testNoAnswerIsDueTwoHoursLaterMovedIntoTheNextWindow() throws {
        try world.log(sat, .noAnswer, now: "2026-03-05 10:00")      // 12:00 is outside: 15:00
        var task = try XCTUnwrap(world.task(sat, "2026-03-05 10:01"))
        XCTAssertEqual(task.dueAt, at("2026-03-05 15:00"))
        XCTAssertEqual([task.attempts, task.failedAttempts], [1, 1])
        XCTAssertEqual(task.lastContact, at("2026-03-05 10:00"))
        XCTAssertEqual(world.ids("2026-03-05 14:59"), [])
        XCTAssertEqual(world.ids("2026-03-05 15:00"), [sat])

        try world.log(sat, .busy, now: "2026-03-05 15:30")          // 17:30 is inside: stays
        task = try XCTUnwrap(world.task(sat, "2026-03-05 15:31"))
        XCTAssertEqual(task.dueAt, at("2026-03-05 17:30"))
    }

    func testLateFailedAttemptIsDueNextMorning() throws {
        try world.log(sat, .noAnswer, now: "2026-03-05 16:30")
        XCTAssertEqual(world.task(sat, "2026-03-05 16:31")?.dueAt, at("2026-03-06 10:00"))
        XCTAssertEqual(world.ids("2026-03-06 09:59"), [])
        XCTAssertEqual(world.ids("2026-03-06 10:00"), [sat])
    }

    func testThreeFailedAttemptsCloseAsUnreachable() throws {
        try world.log(sat, .noAnswer, now: "2026-03-05 10:00")
        try world.log(sat, .busy, now: "2026-03-05 15:00")
        XCTAssertEqual(world.task(sat, "2026-03-05 15:01")?.status, .open)
        try world.log(sat, .noAnswer, now: "2026-03-06 10:00")
        let task = try XCTUnwrap(world.task(sat, "2026-03-06 10:01"))
        XCTAssertEqual(task.status, .closed(.unreachable))
        XCTAssertEqual(task.endedAt, at("2026-03-06 10:00"))
        XCTAssertEqual(task.failedAttempts, 3)
        XCTAssertEqual(world.ids("2026-03-06 10:01"), [])
        XCTAssertRefused(try world.log(sat, .noAnswer, now: "2026-03-06 11:00"), .conflict,
                         "task sat:RO-1 is unreachable since 2026-03-06 10:00, not open at 2026-03-06 11:00")
    }

    func testMaxAttemptsIsASetting() throws {
        world.config.rules.maxAttempts = 2
        world.config.rules.retryMinutes = 30
        try world.log(sat, .noAnswer, now: "2026-03-05 10:00")
        XCTAssertEqual(world.task(sat, "2026-03-05 10:01")?.dueAt, at("2026-03-05 10:30"))
        try world.log(sat, .noAnswer, now: "2026-03-05 10:30")
        XCTAssertEqual(world.task(sat, "2026-03-05 10:31")?.status, .closed(.unreachable))
    }

    func testCallbackIsDueExactlyWhenAsked() throws {
        try world.log(sat, .callback, now: "2026-03-05 10:05") { $0.callbackAt = at("2026-03-06 19:30") }
        let task = try XCTUnwrap(world.task(sat, "2026-03-05 10:06"))
        XCTAssertEqual(task.dueAt, at("2026-03-06 19:30"))
        XCTAssertEqual([task.attempts, task.failedAttempts], [1, 0])
        XCTAssertEqual(world.ids("2026-03-06 19:29"), [])
        XCTAssertEqual(world.ids("2026-03-06 19:30"), [sat])
        let open = CallQueue.open(world.query("2026-03-05 11:00", customer: "C000001"))
        XCTAssertEqual(open.map(\.id), [sat], "the card still lists a task waiting for its callback")
    }

    func testReachedCloses() throws {
        let call = try world.log(sat, .reached, now: "2026-03-05 10:20") {
            $0.ratings = ["speed": 5, "prices": 3]; $0.overall = 4; $0.words = "师傅很专业。\n就是等得有点久。"
        }
        XCTAssertEqual(call.id, "K000001")
        XCTAssertEqual(world.task(sat, "2026-03-05 10:21")?.status, .closed(.reached))
        XCTAssertEqual(world.ids("2026-03-05 10:21"), [])
        XCTAssertEqual(world.state.calls.calls(of: "C000001").map(\.words), ["师傅很专业。\n就是等得有点久。"])
    }

    func testWrongNumberClosesAndMarksThePhoneSoNoTaskGoesToIt() throws {
        world.visit("RO-2", type: .bodywork, delivered: "2026-03-03 09:00")
        XCTAssertEqual(world.ids("2026-03-06 10:00"), ["sat:RO-1", "sat:RO-2"])
        let call = try world.log(sat, .wrongNumber, now: "2026-03-06 10:00")
        XCTAssertEqual(call.phone, "13800130001")
        XCTAssertEqual(world.state.customers["C000001"]?.wrongPhones, ["13800130001"])
        XCTAssertEqual(world.task(sat, "2026-03-06 10:01")?.status, .closed(.wrongNumber))
        XCTAssertEqual(world.ids("2026-03-06 10:01"), [], "the other task waits for a corrected phone")
        XCTAssertRefused(try world.log("sat:RO-2", .reached, now: "2026-03-06 10:05"), .notAllowed,
                         "task sat:RO-2: customer C000001 has no phone that is not marked wrong")

        var corrected = try XCTUnwrap(world.state.customers["C000001"])
        corrected.phones.append("13900139000")
        try world.perform(SaveCustomer(corrected), now: "2026-03-06 11:00")
        XCTAssertEqual(world.ids("2026-03-06 11:00"), ["sat:RO-2"])
        XCTAssertEqual(try world.log("sat:RO-2", .reached, now: "2026-03-06 11:05").phone, "13900139000")
    }

    func testRefusedClosesAndMayMarkDoNotCall() throws {
        world.visit("RO-2", type: .bodywork, delivered: "2026-03-03 09:00")
        try world.log(sat, .refused, now: "2026-03-06 10:00")
        XCTAssertEqual(world.task(sat, "2026-03-06 10:01")?.status, .closed(.refused))
        XCTAssertEqual(world.ids("2026-03-06 10:01"), ["sat:RO-2"], "refusing one call is not do-not-call")

        try world.log("sat:RO-2", .refused, now: "2026-03-06 10:10") { $0.doNotCall = "客户要求不要再打电话" }
        XCTAssertEqual(world.state.customers["C000001"]?.doNotCall, "客户要求不要再打电话")
        world.visit("RO-3", type: .repair, delivered: "2026-03-04 09:00")
        XCTAssertEqual(world.ids("2026-03-08 10:00"), [], "a do-not-call customer gets no task")
        XCTAssertRefused(try world.log("sat:RO-3", .reached, now: "2026-03-08 10:00"), .notAllowed,
                         "task sat:RO-3: customer C000001 is marked do-not-call (客户要求不要再打电话)")
    }

    /// A store decodes its customers ahead of a save that says it may change one (see
    /// `Command.mayChangeDirectory`): every call that saves the customer says so.
    func testACallThatSavesTheCustomerSaysItMayBeforehand() throws {
        var decided: [Bool] = []
        for outcome in CallOutcome.allCases {
            for doNotCall in [nil, "no more calls"] {
                var command = LogCall(taskID: sat, outcome: outcome, config: world.config)
                command.doNotCall = doNotCall
                if outcome == .callback { command.callbackAt = at("2026-03-06 10:00") }
                if outcome == .reached, case let questions = world.config.survey { for q in questions { command.ratings[q.id] = 4 } }
                let context = CommandContext(state: world.state, staff: world.staff, actor: world.staff["li.na"]!, now: at("2026-03-05 10:00"))
                // do-not-call goes only with a refusal or a reached call; the rest are refused
                guard let events = try? command.decide(context).events else { continue }
                let savesCustomer = events.contains { $0 is CustomerSaved }
                XCTAssertEqual(command.mayChangeDirectory, savesCustomer, "\(outcome), do-not-call \(doNotCall ?? "none")")
                decided.append(savesCustomer)
            }
        }
        XCTAssertEqual(decided.count, CallOutcome.allCases.count + 2, "each outcome, and do-not-call with refused and reached")
        XCTAssertEqual(decided.filter { $0 }.count, 3, "a wrong number, and the two do-not-call")
    }

    func testACallEnteredLaterFromPaperKeepsBothTimes() throws {
        let call = try world.log(sat, .noAnswer, now: "2026-03-06 17:00", callAt: "2026-03-05 10:30")
        XCTAssertEqual(call.callAt, at("2026-03-05 10:30"))
        XCTAssertEqual(call.enteredAt, at("2026-03-06 17:00"))
        XCTAssertEqual(world.task(sat, "2026-03-06 17:01")?.dueAt, at("2026-03-05 15:00"))
        XCTAssertEqual(world.task(sat, "2026-03-05 10:00")?.attempts, 0, "the queue as of before the call does not see it")
    }

    func testAnotherPhoneIsCalledWhenTheFirstIsWrong() throws {
        var c = try XCTUnwrap(world.state.customers["C000001"])
        c.phones = ["13800130001", "13900139000"]
        c.wrongPhones = ["13800130001"]
        world.apply([CustomerSaved(c)])
        XCTAssertEqual(world.ids("2026-03-05 10:00"), [sat])
        XCTAssertEqual(try world.log(sat, .reached, now: "2026-03-05 10:00").phone, "13900139000")
    }
}
