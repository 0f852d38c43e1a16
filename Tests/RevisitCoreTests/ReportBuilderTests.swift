import XCTest
@testable import RevisitCore

/// Every figure of the three reports on one hand-built November 2026, expected values worked
/// out by hand in the comments. Survey questions (defaults): speed and visit -> reception,
/// prices -> parts, staff -> service-advisor, quality -> workshop.
final class ReportBuilderTests: XCTestCase {
    var f = ReportFixture()
    var complaintOnK3 = ""

    override func setUpWithError() throws {
        f = ReportFixture()
        // Tuesday 2026-11-17
        f.call("C1", at: "2026-11-17 10:00", overall: 5, ratings: ["speed": 5, "prices": 4, "quality": 5])    // K1
        f.call("C2", at: "2026-11-17 10:10", overall: 4, ratings: ["speed": 3, "visit": 2], words: "等太久")    // K2 problem: reception
        f.call("C3", at: "2026-11-17 10:20", overall: 3, ratings: ["staff": 1], words: "师傅没解释")            // K3 problem: service-advisor
        f.call("C4", at: "2026-11-17 10:30", by: "wang.wu", ratings: ["quality": 4])                           // K4 no overall
        f.call("C5", at: "2026-11-17 10:40", by: "wang.wu", .noAnswer)                                         // K5
        f.call("C6", at: "2026-11-17 10:50", by: "wang.wu", .busy)                                             // K6
        f.call("C7", .maintenance, at: "2026-11-17 11:00", by: "wang.wu", problem: true, words: "=cmd|' /C calc'!A0") // K7 flagged
        f.call("C8", at: "2026-11-17 11:10", overall: 1)                                                       // K8 overall 1
        f.call("C9", .winBack, at: "2026-11-17 11:20", cause: .price)                                          // K9
        f.call("C10", at: "2026-11-17 23:59", overall: 5, entered: "2026-11-18 09:00")                         // K10 entered a day later
        // Around that day, in week 2026-W47 (11-16 .. 11-22)
        f.call("C11", at: "2026-11-16 23:59", overall: 2, entered: "2026-11-17 08:00")                         // K11 problem (overall 2)
        f.call("C12", at: "2026-11-18 00:00", by: "wang.wu", overall: 5)                                       // K12
        f.call("C13", at: "2026-11-22 20:00", by: "wang.wu", overall: 5)                                       // K13 Sunday
        // November outside the week
        f.call("C14", at: "2026-11-23 00:00", overall: 3)                                                      // K14 next Monday
        f.call("C15", at: "2026-11-15 23:59", by: "wang.wu", overall: 4, ratings: ["prices": 2])               // K15 problem: parts
        f.call("C16", .winBack, at: "2026-11-03 10:00", by: "wang.wu", .noAnswer)                              // K16
        // October: the previous month, and week 2026-W40 (09-28 .. 10-04) of the 12-week chart
        f.call("C17", at: "2026-10-01 10:00", overall: 4, ratings: ["speed": 5])                               // K17
        f.call("C18", at: "2026-10-31 23:59", overall: 2, ratings: ["speed": 1, "quality": 5])                 // K18
        complaintOnK3 = try f.run(OpenComplaint(customer: "C3", callID: "K000003", words: "师傅没解释",
                                                category: .serviceQuality, department: "service-advisor"),
                                  at: "2026-11-17 10:25")
        try f.run(UpdateComplaint(id: complaintOnK3, update: ComplaintUpdate(status: .inProgress, resolution: "顾问回电解释")),
                  at: "2026-11-18 09:00")
        try f.run(OpenComplaint(customer: "C7", callID: "K000007", words: "要求回电", category: .other, department: "workshop"),
                  as: "wang.wu", at: "2026-11-17 11:05")
    }

    func testDailyFigures() {
        let r = f.report(.day, "2026-11-17", asOf: "2026-11-24 09:00")
        XCTAssertEqual(r.calls.made, 10)                          // K1 ... K10
        XCTAssertEqual(r.calls.reached, 8)                        // all but K5, K6
        XCTAssertEqual(r.calls.reachRate?.description, "80.0")
        // Overall ratings on reached satisfaction calls: K1 5, K2 4, K3 3, K8 1, K10 5: 3 of 5.
        XCTAssertEqual(r.calls.csi, Tally(hits: 3, total: 5))
        XCTAssertEqual(r.calls.csi.percentage?.description, "60.0")
        XCTAssertEqual(r.departments, ["reception", "parts", "service-advisor", "workshop"])
        XCTAssertEqual(r.csi(of: "reception")?.description, "33.3")       // K1 speed 5, K2 speed 3, K2 visit 2
        XCTAssertEqual(r.csi(of: "parts")?.description, "100.0")          // K1 prices 4
        XCTAssertEqual(r.csi(of: "service-advisor")?.description, "0.0")  // K3 staff 1
        XCTAssertEqual(r.csi(of: "workshop")?.description, "100.0")       // K1 quality 5, K4 quality 4 (no overall)
        XCTAssertEqual(r.problems.map(\.callID), ["K000002", "K000003", "K000007", "K000008"])
        XCTAssertEqual(r.problems.map(\.departments), [["reception"], ["service-advisor"], ["workshop"], []])
        XCTAssertEqual(r.problems[0].lowRatings, [QuestionRating(question: "visit", rating: 2)])
        XCTAssertEqual(r.problems[0].words, "等太久")
        XCTAssertEqual(r.problems[0].customerName, "客户C2")
        XCTAssertEqual(r.problems[1].complaint, ComplaintState(id: complaintOnK3, status: "in-progress", resolution: "顾问回电解释"))
        XCTAssertEqual(r.problems[2].flagged, true)
        XCTAssertEqual(r.problems[2].words, "=cmd|' /C calc'!A0")
        XCTAssertEqual(r.problems[3].overall, 1)
        XCTAssertNil(r.problems[3].complaint)
        XCTAssertNil(r.week)
        XCTAssertNil(r.month)
        XCTAssertNil(r.missedFollowups)
    }

    func testComplaintIsShownAsItStoodWhenTheReportIsMade() {
        let r = f.report(.day, "2026-11-17", asOf: "2026-11-17 18:00")
        XCTAssertEqual(r.problems[1].complaint, ComplaintState(id: complaintOnK3, status: "open", resolution: ""))
    }

    func testAnEmptyDay() {
        let r = f.report(.day, "2026-11-19", asOf: "2026-11-24 09:00")
        XCTAssertEqual(r.calls, CallFigures())
        XCTAssertNil(r.calls.reachRate)
        XCTAssertNil(r.calls.csi.percentage)
        XCTAssertNil(r.csi(of: "reception"))
        XCTAssertEqual(r.problems, [])
    }

    func testWeeklyFigures() throws {
        let r = f.report(.week, "2026-W47", asOf: "2026-11-24 09:00")
        XCTAssertEqual(r.calls.made, 13)                          // K1-K10, K11 (16th), K12 (18th), K13 (22nd)
        XCTAssertEqual(r.calls.reached, 11)
        XCTAssertEqual(r.calls.reachRate?.description, "84.6")    // 11 / 13 = 84.615
        XCTAssertEqual(r.calls.csi, Tally(hits: 5, total: 8))     // day's 3 of 5, K11 2, K12 5, K13 5
        XCTAssertEqual(r.calls.csi.percentage?.description, "62.5")
        XCTAssertEqual(r.problems.map(\.callID), ["K000011", "K000002", "K000003", "K000007", "K000008"])
        let week = try XCTUnwrap(r.week)
        XCTAssertEqual(week.days.map(\.date.description), ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19",
                                                           "2026-11-20", "2026-11-21", "2026-11-22"])
        XCTAssertEqual(week.days.map(\.calls.made), [1, 10, 1, 0, 0, 0, 1])
        XCTAssertEqual(week.days.map(\.calls.reached), [1, 8, 1, 0, 0, 0, 1])
        XCTAssertEqual(week.days.map { $0.calls.csi.percentage?.description }, ["0.0", "60.0", "100.0", nil, nil, nil, "100.0"])
        XCTAssertEqual(week.days.map(\.problems), [1, 4, 0, 0, 0, 0, 0])
        // li.na: K1 K2 K3 K8 K9 K10 K11, all reached; wang.wu: K4 K5 K6 K7 K12 K13, 4 reached.
        XCTAssertEqual(week.reps.map(\.login), ["li.na", "wang.wu"])
        XCTAssertEqual(week.reps.map(\.name), ["李娜", "王五"])
        XCTAssertEqual(week.reps.map(\.calls.made), [7, 6])
        XCTAssertEqual(week.reps.map(\.calls.reached), [7, 4])
        XCTAssertEqual(week.reps.map { $0.calls.reachRate?.description }, ["100.0", "66.7"])
        // The chart: 2026-W36 ... 2026-W47; W40 holds K17 (4 of 1 rated), W44 K18 (10-31 is a Saturday of W44),
        // W46 K15 (11-15, Sunday) and K16 (not satisfaction), W47 the week's 8.
        XCTAssertEqual(week.csiTrend.map(\.week.description).first, "2026-W36")
        XCTAssertEqual(week.csiTrend.map(\.week.description).last, "2026-W47")
        let trend = Dictionary(uniqueKeysWithValues: week.csiTrend.map { ($0.week.description, $0.csi) })
        XCTAssertEqual(trend["2026-W40"], Tally(hits: 1, total: 1))
        XCTAssertEqual(trend["2026-W44"], Tally(hits: 0, total: 1))
        XCTAssertEqual(trend["2026-W46"], Tally(hits: 1, total: 1))
        XCTAssertEqual(trend["2026-W47"], Tally(hits: 5, total: 8))
        XCTAssertEqual(week.csiTrend.filter { $0.csi.total == 0 }.count, 8)
        XCTAssertEqual(r.missedFollowups, [])
    }

    func testMonthlyFigures() throws {
        let r = f.report(.month, "2026-11", asOf: "2026-12-03 09:00")
        XCTAssertEqual(r.calls.made, 16)                          // K1-K16
        XCTAssertEqual(r.calls.reached, 13)                       // all but K5, K6, K16
        XCTAssertEqual(r.calls.reachRate?.description, "81.3")    // 13 / 16 = 81.25, half up
        XCTAssertEqual(r.calls.csi, Tally(hits: 6, total: 10))    // week's 5 of 8, K14 3, K15 4
        XCTAssertEqual(r.calls.csi.percentage?.description, "60.0")
        XCTAssertEqual(r.csi(of: "parts")?.description, "50.0")   // K1 prices 4, K15 prices 2
        XCTAssertEqual(r.problems.map(\.callID), ["K000015", "K000011", "K000002", "K000003", "K000007", "K000008"])
        let month = try XCTUnwrap(r.month)
        // October: K17 overall 4, K18 overall 2: 1 of 2; reception: K17 speed 5, K18 speed 1: 1 of 2; workshop K18 quality 5.
        XCTAssertEqual(month.previous.csi, Tally(hits: 1, total: 2))
        XCTAssertEqual(month.previous.departments["reception"], Tally(hits: 1, total: 2))
        XCTAssertEqual(month.previous.departments["workshop"], Tally(hits: 1, total: 1))
        XCTAssertEqual(r.calls.csi.percentage.map { $0.change(from: month.previous.csi.percentage!).description }, "10.0")
        XCTAssertEqual(r.target.description, "93.0")
        XCTAssertEqual(month.causes, [NamedCount(name: "price", count: 1)])
        XCTAssertEqual(month.winBackResults, [NamedCount(name: "reached", count: 1), NamedCount(name: "no-answer", count: 1)])
        XCTAssertEqual(month.complaints.map(\.id), ["P000001", "P000002"])
        XCTAssertEqual(month.complaintsByCategory, [NamedCount(name: "service-quality", count: 1), NamedCount(name: "other", count: 1)])
        XCTAssertEqual(r.missedFollowups, [])
    }

    func testMonthlyTargetComesFromTheConfig() {
        f.config.csiTarget = 92.5
        XCTAssertEqual(f.report(.month, "2026-11", asOf: "2026-12-03 09:00").target.description, "92.5")
    }

    func testCSIRoundsHalfUpOverManyCalls() {
        var g = ReportFixture()
        for i in 0..<40 {
            g.call("C\(i)", at: "2026-11-02 10:\(10 + i)", overall: i < 37 ? 4 + i % 2 : 3)
        }
        XCTAssertEqual(g.report(.day, "2026-11-02", asOf: "2026-11-03 00:00").calls.csi.percentage?.description, "92.5")
        var h = ReportFixture()
        for (i, overall) in [5, 5, 1].enumerated() { h.call("C\(i)", at: "2026-11-02 10:1\(i)", overall: overall) }
        XCTAssertEqual(h.report(.day, "2026-11-02", asOf: "2026-11-03 00:00").calls.csi.percentage?.description, "66.7")
        h.call("C9", at: "2026-11-02 11:00", .noAnswer)
        h.call("C9", .maintenance, at: "2026-11-02 11:10", overall: 5)   // not a satisfaction call: no CSI
        XCTAssertEqual(h.report(.day, "2026-11-02", asOf: "2026-11-03 00:00").calls.csi, Tally(hits: 2, total: 3))
    }
}
