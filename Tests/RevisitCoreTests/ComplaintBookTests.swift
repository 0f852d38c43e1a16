import XCTest
@testable import RevisitCore

final class ComplaintBookTests: XCTestCase {
    var f = ComplaintFixture()

    func contacted(_ id: String, at: String) throws {
        try f.update(id, as: "li.na", at: at, ComplaintUpdate(status: .inProgress, contacted: true))
    }

    /// Complaints named by what they show on Wednesday 2026-11-25 at 11:00.
    func fillTheBook() throws -> [String: String] {
        var ids: [String: String] = [:]
        ids["escalated"] = try f.open(at: "2026-11-23 10:00")
        try contacted(ids["escalated"]!, at: "2026-11-23 10:10")
        ids["closed"] = try f.open(at: "2026-11-23 11:00")
        try contacted(ids["closed"]!, at: "2026-11-23 11:10")
        try f.status(ids["closed"]!, .resolved, at: "2026-11-23 16:00")
        try f.run(UpdateComplaint.recall(ids["closed"]!, satisfied: true), as: "li.na", at: "2026-11-24 10:00")
        ids["overdue"] = try f.open(at: "2026-11-24 09:00", deadline: "2026-11-24")
        try contacted(ids["overdue"]!, at: "2026-11-24 09:30")
        ids["resolved"] = try f.open(at: "2026-11-24 10:00")
        try contacted(ids["resolved"]!, at: "2026-11-24 10:05")
        ids["crisis"] = try f.open(at: "2026-11-24 15:00", customer: "C000002", crisis: .media)
        try contacted(ids["crisis"]!, at: "2026-11-24 15:05")
        ids["breach"] = try f.open(at: "2026-11-25 09:00")
        try f.status(ids["resolved"]!, .resolved, at: "2026-11-25 10:30")
        ids["late deadline"] = try f.open(at: "2026-11-25 10:30", deadline: "2026-11-27")
        try contacted(ids["late deadline"]!, at: "2026-11-25 10:35")
        ids["early deadline"] = try f.open(at: "2026-11-25 10:40", deadline: "2026-11-26")
        ids["plain"] = try f.open(at: "2026-11-25 10:50")
        ids["later"] = try f.open(at: "2026-11-25 11:30")
        return ids
    }

    func testSupervisorQueueOrder() throws {
        let ids = try fillTheBook()
        let name = Dictionary(uniqueKeysWithValues: ids.map { ($1, $0) })
        let queue = f.state.complaintQueue(asOf: ComplaintFixture.time("2026-11-25 11:00"), clocks: f.clocks)
        XCTAssertEqual(queue.map { name[$0.complaint.id]! },
                       ["crisis", "escalated", "overdue", "breach", "early deadline", "late deadline", "resolved", "plain"])
        XCTAssertEqual(queue.first?.flags, ComplaintFlags(crisis: true, escalated: true))
        XCTAssertEqual(queue[2].flags, ComplaintFlags(overdue: true))
        XCTAssertEqual(queue[3].flags, ComplaintFlags(firstContactBreached: true))
        XCTAssertEqual(queue[6].complaint.status, .resolved)

        var expected = ComplaintCounts()
        expected.live = 8; expected.crisis = 1; expected.escalated = 2; expected.overdue = 1; expected.firstContactBreached = 1
        XCTAssertEqual(f.state.complaintCounts(asOf: ComplaintFixture.time("2026-11-25 11:00"), clocks: f.clocks), expected)

        // A day earlier the book looked different: fewer complaints, none flagged but the open one.
        let monday = f.state.complaintQueue(asOf: ComplaintFixture.time("2026-11-23 12:00"), clocks: f.clocks)
        XCTAssertEqual(monday.map { name[$0.complaint.id]! }, ["escalated", "closed"])
        XCTAssertEqual(monday.map(\.complaint.status), [.inProgress, .inProgress])
    }

    func testStandingsListEveryComplaintReceivedByThen() throws {
        let ids = try fillTheBook()
        let standings = f.state.complaintStandings(asOf: ComplaintFixture.time("2026-11-25 11:00"), clocks: f.clocks)
        XCTAssertEqual(standings.count, 9)
        XCTAssertEqual(standings.first { $0.complaint.id == ids["closed"] }?.complaint.status, .closed)
        XCTAssertFalse(standings.contains { $0.complaint.id == ids["later"] })
    }

    func testRecallsDueAtTheNextCallingWindow() throws {
        let ids = try fillTheBook()
        let early = f.state.complaints.recallsDue(asOf: ComplaintFixture.time("2026-11-25 11:00"), config: f.config)
        XCTAssertEqual(early, [ComplaintRecallDue(
            complaintID: ids["resolved"]!, ordinal: 1, owner: "li.na", customerID: "C000001", plateKey: nil,
            resolvedAt: ComplaintFixture.time("2026-11-25 10:30"), endedAt: nil, dueAt: ComplaintFixture.time("2026-11-25 10:30"))])
        XCTAssertEqual(early[0].taskID, "recall:\(ids["resolved"]!)-1")

        let lunch = try f.open(as: "wang.wu", at: "2026-11-25 11:40", customer: "粤B12345")
        try f.status(lunch, .inProgress, as: "wang.wu", at: "2026-11-25 11:45")
        try f.status(lunch, .resolved, as: "wang.wu", at: "2026-11-25 12:30")
        let saturday = try f.open(as: "wang.wu", at: "2026-11-28 17:00", customer: "C000002")
        try f.status(saturday, .inProgress, as: "wang.wu", at: "2026-11-28 17:10")
        try f.status(saturday, .resolved, as: "wang.wu", at: "2026-11-28 18:05")
        let due = f.state.complaints.recallsDue(asOf: ComplaintFixture.time("2026-11-29 12:00"), config: f.config)
        XCTAssertEqual(due.map(\.complaintID), [ids["resolved"]!, lunch, saturday])
        // The calling windows (10-12, 15-18) apply every day, as for every other call.
        XCTAssertEqual(due.map(\.dueAt.description), ["2026-11-25 10:30", "2026-11-25 15:00", "2026-11-29 10:00"])
        XCTAssertEqual(due[1].owner, "wang.wu")
        XCTAssertEqual(due[1].plateKey, "粤B12345")

        // The recall done, the complaint leaves the list.
        try f.run(UpdateComplaint.recall(lunch, satisfied: true), as: "wang.wu", at: "2026-11-25 15:10")
        XCTAssertEqual(f.state.complaints.recallsDue(asOf: ComplaintFixture.time("2026-11-25 15:10"), config: f.config).map(\.complaintID),
                       [ids["resolved"]!])
    }
}
