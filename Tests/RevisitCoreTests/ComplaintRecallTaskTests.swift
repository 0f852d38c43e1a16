import XCTest
@testable import RevisitCore

/// The complaint recall as a queue task, and the recall call that closes or reopens the
/// complaint. Calling windows 10:00-12:00 and 15:00-18:00; 2026-11-23 is a Monday.
final class ComplaintRecallTaskTests: XCTestCase {
    var f = ComplaintFixture()

    func queue(_ time: String, as login: String? = nil) -> [CallTask] {
        CallQueue.due(TaskQuery(state: f.state, config: f.config, asOf: ComplaintFixture.time(time)), kinds: [.complaintRecall])
    }

    @discardableResult
    func log(_ task: String, _ outcome: CallOutcome, as login: String = "li.na", at time: String,
             satisfied: Bool? = nil, words: String = "") throws -> Call {
        var command = LogCall(taskID: task, outcome: outcome, config: f.config)
        command.satisfied = satisfied
        command.words = words
        return try f.run(command, as: login, at: time)
    }

    func resolvedComplaint() throws -> String {
        let id = try f.open(at: "2026-11-23 10:00", customer: "粤B12345")
        try f.walk(id, ["2026-11-23 10:10": .inProgress, "2026-11-23 12:30": .resolved])
        return id
    }

    func testRecallIsDueForTheOwnerAtTheNextCallingWindow() throws {
        let id = try resolvedComplaint()
        XCTAssertEqual(queue("2026-11-23 14:59"), [])
        let task = try XCTUnwrap(queue("2026-11-23 15:00").first)
        XCTAssertEqual(task.id, "recall:\(id)-1")
        XCTAssertEqual(task.kind, .complaintRecall)
        XCTAssertEqual(task.assignee, "li.na")
        XCTAssertEqual(task.customerID, "C000001")
        XCTAssertEqual(task.plateKey, "粤B12345")
        XCTAssertEqual(task.dueAt, ComplaintFixture.time("2026-11-23 15:00"))
        XCTAssertEqual(task.overdueAt, ComplaintFixture.time("2026-11-24 18:00"))

        XCTAssertEqual(expectRefusal { try f.run(ClaimNextTask(kinds: [.complaintRecall], config: f.config), as: "wang.wu", at: "2026-11-23 15:00") },
                       .notFound("no unclaimed task is due at 2026-11-23 15:00"))
        let claimed = try f.run(ClaimNextTask(kinds: [.complaintRecall], config: f.config), as: "li.na", at: "2026-11-23 15:00")
        XCTAssertEqual(claimed.id, task.id)
    }

    func testNotSatisfiedReopensAndTheNextResolutionAsksAgain() throws {
        let id = try resolvedComplaint()
        XCTAssertEqual(expectRefusal { try log("recall:\(id)-1", .reached, at: "2026-11-23 15:10") }?.message,
                       "task recall:\(id)-1: a recall that reached the customer needs satisfied yes or no")
        let call = try log("recall:\(id)-1", .reached, at: "2026-11-23 15:10", satisfied: false, words: "还是响")
        var c = try XCTUnwrap(f.state.complaints[id])
        XCTAssertEqual(c.status, .inProgress)
        XCTAssertEqual(c.reopened, 1)
        XCTAssertEqual(c.history.last, ComplaintHistoryEntry(
            at: ComplaintFixture.time("2026-11-23 15:10"), by: "li.na",
            changes: [.recall(satisfied: false, callID: call.id), .status(from: .resolved, to: .inProgress)]))
        XCTAssertEqual(queue("2026-11-23 15:11"), [])

        try f.status(id, .resolved, at: "2026-11-24 11:00")
        XCTAssertEqual(queue("2026-11-24 11:00").map(\.id), ["recall:\(id)-2"])
        try log("recall:\(id)-2", .noAnswer, at: "2026-11-24 11:05")
        XCTAssertEqual(f.state.complaints[id]?.status, .resolved)
        XCTAssertEqual(queue("2026-11-24 14:59"), [])
        XCTAssertEqual(queue("2026-11-24 15:00").first?.attempts, 1)
        try log("recall:\(id)-2", .reached, at: "2026-11-24 15:00", satisfied: true, words: "满意，谢谢")
        c = try XCTUnwrap(f.state.complaints[id])
        XCTAssertEqual(c.status, .closed)
        XCTAssertEqual(c.reopened, 1)
        XCTAssertEqual(c.improvementSummary, "满意，谢谢")
        XCTAssertEqual(queue("2026-11-25 10:00"), [])
    }

    func testARecallIsMadeOnlyByTheOwnerOrASupervisor() throws {
        let id = try resolvedComplaint()
        let refusal = CommandError.notAllowed("task recall:\(id)-1 is for li.na; only they or a supervisor may call")
        XCTAssertEqual(expectRefusal { try log("recall:\(id)-1", .reached, as: "wang.wu", at: "2026-11-23 15:10", satisfied: true) }, refusal)
        // Not an attempt either, nor taking it: the call is the owner's to make.
        XCTAssertEqual(expectRefusal { try log("recall:\(id)-1", .noAnswer, as: "wang.wu", at: "2026-11-23 15:10") }, refusal)
        XCTAssertEqual(expectRefusal { _ = try f.run(ClaimTask(taskID: "recall:\(id)-1", config: f.config), as: "wang.wu", at: "2026-11-23 15:10") },
                       refusal)
        try log("recall:\(id)-1", .reached, as: "chen.jing", at: "2026-11-23 15:10", satisfied: true)
        XCTAssertEqual(f.state.complaints[id]?.status, .closed)
        XCTAssertEqual(f.state.calls.calls.count, 1)
    }

    func testASupervisorsCloseTakesTheRecallOffTheList() throws {
        let id = try resolvedComplaint()
        try f.status(id, .closed, as: "chen.jing", at: "2026-11-23 16:00", note: "客户已满意（当面确认）")
        XCTAssertEqual(queue("2026-11-23 15:59").map(\.id), ["recall:\(id)-1"])
        XCTAssertEqual(queue("2026-11-23 16:00"), [])
        XCTAssertEqual(expectRefusal { try log("recall:\(id)-1", .reached, at: "2026-11-23 16:10", satisfied: true) }?.kind, .conflict)
    }

    func testAReachedCallIsAFirstContactButNotTheCallTheComplaintCameFrom() throws {
        for (ro, delivered) in [("RO-1", "2026-11-20 16:00"), ("RO-2", "2026-11-20 16:30")] {
            VisitSaved(Visit(roNumber: ro, customerID: "C000002", plateKey: "京A88888", type: .repair,
                             openedAt: ComplaintFixture.time("2026-11-20 09:00"),
                             deliveredAt: ComplaintFixture.time(delivered))).apply(to: &f.state)
        }
        XCTAssertEqual(expectRefusal { try log("sat:RO-1", .reached, at: "2026-11-23 10:00", satisfied: true) }?.message,
                       "satisfied: only on a complaint-recall task, not satisfaction")
        let satisfactionCall = try log("sat:RO-1", .reached, at: "2026-11-23 10:00", words: "前门还是异响")
        let fromCall = try f.run(OpenComplaint(customer: "C000002", callID: satisfactionCall.id, words: "前门还是异响",
                                               category: .repairQuality), as: "li.na", at: "2026-11-23 10:05")
        XCTAssertTrue(f.flags(fromCall, at: "2026-11-23 11:06").firstContactBreached, "the call it came from is no contact")

        let walkIn = try f.open(at: "2026-11-23 11:00", customer: "C000002")
        try log("sat:RO-2", .reached, at: "2026-11-23 11:30")
        XCTAssertFalse(f.flags(walkIn, at: "2026-11-23 12:30").firstContactBreached)
        XCTAssertTrue(f.flags(fromCall, at: "2026-11-23 12:30").firstContactBreached, "the 11:30 call came 85 minutes after")
        let standing = f.state.complaintStanding(f.state.complaints[walkIn]!, asOf: ComplaintFixture.time("2026-11-23 12:30"),
                                              clocks: f.clocks)
        XCTAssertEqual(standing?.contactedAt, ComplaintFixture.time("2026-11-23 11:30"))
        XCTAssertNil(f.state.complaintStanding(f.state.complaints[walkIn]!, asOf: ComplaintFixture.time("2026-11-23 11:29"),
                                            clocks: f.clocks)?.contactedAt)
    }
}
