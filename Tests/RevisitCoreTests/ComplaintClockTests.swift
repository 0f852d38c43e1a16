import XCTest
@testable import RevisitCore

/// The three complaint clocks on fixed dates. 2026-11-23 is a Monday; the shop is open
/// Monday to Saturday 08:30-18:00 (570 minutes a day); first contact within 60 minutes;
/// escalation after 2 business days (1,140 minutes).
final class ComplaintClockTests: XCTestCase {
    var f = ComplaintFixture()

    func testFirstContactBoundary() throws {
        let late = try f.open(at: "2026-11-23 10:00")
        XCTAssertFalse(f.flags(late, at: "2026-11-23 11:00").firstContactBreached)
        XCTAssertTrue(f.flags(late, at: "2026-11-23 11:01").firstContactBreached)

        let onTime = try f.open(at: "2026-11-23 10:00")
        try f.update(onTime, as: "li.na", at: "2026-11-23 11:00", ComplaintUpdate(contacted: true))
        XCTAssertFalse(f.flags(onTime, at: "2026-11-27 12:00").firstContactBreached)

        let contactedLate = try f.open(at: "2026-11-23 10:00")
        try f.update(contactedLate, as: "li.na", at: "2026-11-23 11:01", ComplaintUpdate(contacted: true))
        XCTAssertTrue(f.flags(contactedLate, at: "2026-11-23 11:01").firstContactBreached)
        XCTAssertTrue(f.flags(contactedLate, at: "2026-11-30 11:01").firstContactBreached, "a breach stays on record")
    }

    func testFirstContactSkipsClosedHours() throws {
        let friday = try f.open(at: "2026-11-27 17:30")   // due Saturday 09:00
        XCTAssertFalse(f.flags(friday, at: "2026-11-28 09:00").firstContactBreached)
        XCTAssertTrue(f.flags(friday, at: "2026-11-28 09:01").firstContactBreached)

        let saturday = try f.open(at: "2026-11-28 17:30")  // Sunday closed: due Monday 09:00
        XCTAssertFalse(f.flags(saturday, at: "2026-11-29 23:59").firstContactBreached)
        XCTAssertFalse(f.flags(saturday, at: "2026-11-30 09:00").firstContactBreached)
        XCTAssertTrue(f.flags(saturday, at: "2026-11-30 09:01").firstContactBreached)

        f.config.businessHours.holidays = [CivilDate("2026-11-30")!] // Monday a holiday: due Tuesday 09:00
        XCTAssertFalse(f.flags(saturday, at: "2026-11-30 17:00").firstContactBreached)
        XCTAssertFalse(f.flags(saturday, at: "2026-12-01 09:00").firstContactBreached)
        XCTAssertTrue(f.flags(saturday, at: "2026-12-01 09:01").firstContactBreached)

        let beforeOpening = try f.open(at: "2026-12-01 07:00") // clock starts at 08:30
        XCTAssertFalse(f.flags(beforeOpening, at: "2026-12-01 09:30").firstContactBreached)
        XCTAssertTrue(f.flags(beforeOpening, at: "2026-12-01 09:31").firstContactBreached)
    }

    func testWaitingPausesFirstContact() throws {
        let id = try f.open(at: "2026-11-23 10:00")
        try f.walk(id, ["2026-11-23 10:10": .inProgress, "2026-11-23 10:20": .waiting, "2026-11-23 14:20": .inProgress])
        // ran 20 minutes before waiting, then 40 after: 60 at 15:00
        XCTAssertEqual(f.clocks.runningMinutes(f.state.complaints[id]!, until: ComplaintFixture.time("2026-11-23 15:00")), 60)
        XCTAssertFalse(f.flags(id, at: "2026-11-23 15:00").firstContactBreached)
        XCTAssertTrue(f.flags(id, at: "2026-11-23 15:01").firstContactBreached)
    }

    func testTwoBusinessDayEscalationBoundary() throws {
        let id = try f.open(at: "2026-11-23 10:00")
        try f.status(id, .inProgress, at: "2026-11-23 10:30")
        XCTAssertFalse(f.flags(id, at: "2026-11-25 10:00").escalated)
        XCTAssertTrue(f.flags(id, at: "2026-11-25 10:01").escalated)

        // Received Friday 10:00: Saturday counts, Sunday does not.
        let friday = try f.open(at: "2026-11-27 10:00")
        XCTAssertFalse(f.flags(friday, at: "2026-11-30 10:00").escalated)
        XCTAssertTrue(f.flags(friday, at: "2026-11-30 10:01").escalated)
        f.config.businessHours.holidays = [CivilDate("2026-11-28")!]
        XCTAssertFalse(f.flags(friday, at: "2026-12-01 10:00").escalated)
        XCTAssertTrue(f.flags(friday, at: "2026-12-01 10:01").escalated)
    }

    func testCrisisEscalatesAtOnce() throws {
        let id = try f.open(at: "2026-11-23 10:00", crisis: .media)
        let flags = f.flags(id, at: "2026-11-23 10:00")
        XCTAssertTrue(flags.crisis)
        XCTAssertTrue(flags.escalated)
        XCTAssertFalse(flags.firstContactBreached)

        let later = try f.open(at: "2026-11-23 10:00")
        XCTAssertFalse(f.flags(later, at: "2026-11-23 12:00").escalated)
        try f.update(later, as: "li.na", at: "2026-11-23 12:00", ComplaintUpdate(crisis: .lawyer), note: "客户说要找律师")
        XCTAssertFalse(f.flags(later, at: "2026-11-23 11:59").escalated, "before the crisis was known")
        XCTAssertTrue(f.flags(later, at: "2026-11-23 12:00").escalated)
    }

    func testWaitingPausesEscalation() throws {
        let id = try f.open(at: "2026-11-23 10:00")
        // paused 360 + 210 = 570 minutes, one business day
        try f.walk(id, ["2026-11-23 10:00": .inProgress, "2026-11-23 12:00": .waiting, "2026-11-24 12:00": .inProgress])
        XCTAssertFalse(f.flags(id, at: "2026-11-25 10:01").escalated)
        XCTAssertFalse(f.flags(id, at: "2026-11-26 10:00").escalated)
        XCTAssertTrue(f.flags(id, at: "2026-11-26 10:01").escalated)
    }

    func testResolvingStopsEscalation() throws {
        let id = try f.open(at: "2026-11-23 10:00")
        try f.status(id, .inProgress, at: "2026-11-23 10:30")
        try f.update(id, as: "li.na", at: "2026-11-24 16:00", ComplaintUpdate(status: .resolved, resolution: "更换了减震器"))
        XCTAssertFalse(f.flags(id, at: "2026-12-10 10:00").escalated)
        // The recall finds the customer unhappy: the clock runs again from where it stood
        // (480 + 450 = 930 minutes), so the last 210 run out at 13:30.
        try f.run(UpdateComplaint.recall(id, satisfied: false), as: "li.na", at: "2026-11-26 10:00")
        XCTAssertFalse(f.flags(id, at: "2026-11-26 13:30").escalated)
        XCTAssertTrue(f.flags(id, at: "2026-11-26 13:31").escalated)
    }

    func testDeadlineOverdueBoundary() throws {
        let id = try f.open(at: "2026-11-23 10:00", responsible: "zhao.lei", deadline: "2026-11-24")
        XCTAssertFalse(f.flags(id, at: "2026-11-24 23:59").overdue)
        XCTAssertTrue(f.flags(id, at: "2026-11-25 00:00").overdue)

        let sunday = try f.open(at: "2026-11-23 10:00", deadline: "2026-11-29")
        XCTAssertFalse(f.flags(sunday, at: "2026-11-29 23:59").overdue)
        XCTAssertTrue(f.flags(sunday, at: "2026-11-30 00:00").overdue)
    }

    func testWaitingExtendsTheDeadline() throws {
        let id = try f.open(at: "2026-11-23 10:00", deadline: "2026-11-24")
        // one business hour waiting
        try f.walk(id, ["2026-11-23 10:00": .inProgress, "2026-11-24 10:00": .waiting, "2026-11-24 11:00": .inProgress])
        XCTAssertFalse(f.flags(id, at: "2026-11-25 00:00").overdue)
        XCTAssertFalse(f.flags(id, at: "2026-11-25 09:29").overdue)
        XCTAssertTrue(f.flags(id, at: "2026-11-25 09:30").overdue)

        // Waiting across the deadline: not overdue while waiting, and the remaining hour
        // (1,050 budget - 990 run) runs out one business hour after the work resumes.
        let across = try f.open(at: "2026-11-23 10:00", deadline: "2026-11-24")
        try f.walk(across, ["2026-11-23 10:00": .inProgress, "2026-11-24 17:00": .waiting])
        XCTAssertFalse(f.flags(across, at: "2026-11-25 12:00").overdue)
        try f.status(across, .inProgress, at: "2026-11-26 10:00")
        XCTAssertFalse(f.flags(across, at: "2026-11-26 10:59").overdue)
        XCTAssertTrue(f.flags(across, at: "2026-11-26 11:00").overdue)
    }

    func testResolvedIsNeverOverdue() throws {
        let id = try f.open(at: "2026-11-23 10:00", deadline: "2026-11-23")
        try f.walk(id, ["2026-11-23 10:10": .inProgress, "2026-11-24 10:00": .resolved])
        XCTAssertTrue(f.flags(id, at: "2026-11-24 09:59").overdue, "as it stood before it was resolved")
        XCTAssertFalse(f.flags(id, at: "2026-11-24 10:00").overdue)
    }

    func testAsOfSeesOnlyWhatHadHappened() throws {
        let id = try f.open(at: "2026-11-23 10:00")
        try f.update(id, as: "li.na", at: "2026-11-23 10:30", ComplaintUpdate(contacted: true))
        try f.status(id, .inProgress, at: "2026-11-23 11:00")
        let c = f.state.complaints[id]!
        XCTAssertNil(c.asOf(ComplaintFixture.time("2026-11-23 09:59")))
        XCTAssertEqual(c.asOf(ComplaintFixture.time("2026-11-23 10:29"))?.status, .open)
        XCTAssertNil(c.asOf(ComplaintFixture.time("2026-11-23 10:29"))?.firstContactAt)
        XCTAssertEqual(c.asOf(ComplaintFixture.time("2026-11-23 10:30"))?.firstContactAt, ComplaintFixture.time("2026-11-23 10:30"))
        XCTAssertEqual(c.asOf(ComplaintFixture.time("2026-11-23 11:00"))?.status, .inProgress)
        XCTAssertEqual(c.asOf(ComplaintFixture.time("2026-11-23 10:59"))?.history.count, 2)
    }
}
