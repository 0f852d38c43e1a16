import XCTest
@testable import RevisitCore

final class ReportComplaintLinesTests: XCTestCase {
    let november = ReportPeriod(.month, parsing: "2026-11")!

    func lines(_ f: ComplaintFixture, asOf: String, words: [String: String] = [:]) -> [ComplaintLine] {
        ComplaintLines.lines(month: november, state: f.state, asOf: ComplaintFixture.time(asOf), recallWords: { words[$0] })
    }

    func testReceivedInTheMonthOrStillOpenAtItsEnd() throws {
        var f = ComplaintFixture()
        let p1 = try f.open(at: "2026-10-15 10:00")                      // resolved in October: not listed
        try f.walk(p1, ["2026-10-16 10:00": .inProgress, "2026-10-25 10:00": .resolved])
        let p2 = try f.open(at: "2026-10-20 10:00")                      // in progress at the end of November: listed
        try f.walk(p2, ["2026-10-21 10:00": .inProgress])
        let p3 = try f.open(at: "2026-10-10 10:00")                      // resolved in November: not open at the end
        try f.walk(p3, ["2026-10-11 10:00": .inProgress, "2026-11-20 10:00": .resolved])
        let p4 = try f.open(at: "2026-10-01 10:00")                      // waiting at the end: listed
        try f.walk(p4, ["2026-10-02 10:00": .inProgress, "2026-11-02 10:00": .waiting])
        let p5 = try f.open(at: "2026-11-01 00:00", category: .booking)  // first minute: listed
        let p6 = try f.open(at: "2026-11-30 23:59", category: .booking)  // last minute: listed
        let p7 = try f.open(at: "2026-10-31 09:00")                      // open in October, resolved on the last minute of November
        try f.walk(p7, ["2026-11-01 09:00": .inProgress, "2026-11-30 23:59": .resolved])
        let p8 = try f.open(at: "2026-10-30 09:00")                      // resolved after the month: still open at its end
        try f.walk(p8, ["2026-11-01 09:00": .inProgress, "2026-12-01 00:00": .resolved])
        try f.open(at: "2026-12-01 00:00")                               // December: not listed
        let listed = lines(f, asOf: "2026-12-05 12:00")
        XCTAssertEqual(listed.map(\.id), [p4, p2, p8, p5, p6])
        XCTAssertEqual(listed.map(\.status), ["waiting", "in-progress", "resolved", "open", "open"])
        XCTAssertEqual(ComplaintLines.byCategory(listed), [NamedCount(name: "repair-quality", count: 3),
                                                          NamedCount(name: "booking", count: 2)])
        _ = (p1, p3, p7)
    }

    func testResolvedAtOnTimeRecallAndReaction() throws {
        var f = ComplaintFixture()
        // Resolved the day before its deadline, recalled: satisfied, the call's words are the reaction.
        let early = try f.open(at: "2026-11-05 10:00", responsible: "zhao.lei", deadline: "2026-11-10")
        try f.walk(early, ["2026-11-05 11:00": .inProgress, "2026-11-09 16:00": .resolved])
        try f.run(UpdateComplaint.recall(early, satisfied: true, callID: "K000007", summary: "路试"), as: "li.na", at: "2026-11-12 10:00")
        // Resolved on its deadline day: on time.
        let onDay = try f.open(at: "2026-11-06 10:00", deadline: "2026-11-10")
        try f.walk(onDay, ["2026-11-06 11:00": .inProgress, "2026-11-10 17:59": .resolved])
        // Resolved in time, but the recall (no call; the note is the reaction) was not satisfied and reopened
        // it, so it is unresolved after its deadline: late.
        let reopened = try f.open(at: "2026-11-06 10:30", deadline: "2026-11-10")
        try f.walk(reopened, ["2026-11-06 11:00": .inProgress, "2026-11-09 17:00": .resolved])
        try f.run(UpdateComplaint.recall(reopened, satisfied: false, note: "还是响"), as: "li.na", at: "2026-11-11 10:00")
        // Resolved a day late.
        let late = try f.open(at: "2026-11-07 10:00", deadline: "2026-11-08")
        try f.walk(late, ["2026-11-07 11:00": .inProgress, "2026-11-09 09:00": .resolved])
        // Unresolved, its deadline day over by the report: late; another not yet due: unknown; no deadline: unknown.
        let overdue = try f.open(at: "2026-11-20 10:00", deadline: "2026-11-30")
        let notDue = try f.open(at: "2026-11-21 10:00", deadline: "2026-12-01")
        let noDeadline = try f.open(at: "2026-11-22 10:00")
        let byID = Dictionary(uniqueKeysWithValues: lines(f, asOf: "2026-12-01 09:00", words: ["K000007": "挺满意的"]).map { ($0.id, $0) })
        XCTAssertEqual(byID[early]?.resolvedAt, ComplaintFixture.time("2026-11-09 16:00"))
        XCTAssertEqual(byID[early]?.status, "closed")
        XCTAssertEqual(byID[early]?.onTime, true)
        XCTAssertEqual(byID[early]?.recallSatisfied, true)
        XCTAssertEqual(byID[early]?.reaction, "挺满意的")
        XCTAssertEqual(byID[early]?.responsible, "zhao.lei")
        XCTAssertEqual(byID[early]?.owner, "li.na")
        XCTAssertEqual(byID[early]?.customerName, "张伟")
        XCTAssertEqual(byID[onDay]?.onTime, true)
        XCTAssertEqual(byID[onDay]?.resolvedAt, ComplaintFixture.time("2026-11-10 17:59"))
        XCTAssertNil(byID[onDay]?.recallSatisfied)
        XCTAssertNil(byID[reopened]?.resolvedAt, "reopened by the unsatisfied recall")
        XCTAssertEqual(byID[reopened]?.status, "in-progress")
        XCTAssertEqual(byID[reopened]?.onTime, false)
        XCTAssertEqual(byID[reopened]?.recallSatisfied, false)
        XCTAssertEqual(byID[reopened]?.reaction, "还是响")
        XCTAssertEqual(byID[late]?.onTime, false)
        XCTAssertEqual(byID[overdue]?.onTime, false)
        XCTAssertNil(byID[notDue]?.onTime)
        XCTAssertNil(byID[noDeadline]?.onTime)
        XCTAssertNil(byID[noDeadline]?.recallSatisfied)
        XCTAssertEqual(byID[noDeadline]?.reaction, "")
    }
}
