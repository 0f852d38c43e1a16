import Foundation
import RevisitCore
import XCTest
@testable import RevisitStore

final class ReportJSONTests: XCTestCase {
    func monthly() -> Report {
        let complaint = ComplaintLine(
            id: "P000001", receivedAt: CivilTime("2026-10-05 10:00")!, customerID: "C000001", customerName: "张伟",
            words: "=1+1 异响", category: "repair-quality", crisis: "none", owner: "li.na", responsible: "",
            deadline: nil, status: "open", resolvedAt: nil, onTime: nil, recallSatisfied: false, reaction: "还是响")
        let problem = ProblemCall(callID: "K000002", callAt: CivilTime("2026-10-06 10:15")!, caller: "li.na",
                                  customerID: "C000001", customerName: "张伟", phone: "13800138000", departments: ["workshop"],
                                  lowRatings: [QuestionRating(question: "quality", rating: 1)], overall: nil, flagged: false,
                                  words: "响", complaint: nil)
        return Report(
            period: ReportPeriod(.month, parsing: "2026-10")!, target: Percentage(tenths: 930),
            departments: ["reception", "workshop"],
            calls: CallFigures(made: 3, reached: 2, csi: Tally(hits: 1, total: 3), departments: ["workshop": Tally(hits: 0, total: 1)]),
            problems: [problem], missedFollowups: [],
            month: MonthDetail(previous: CallFigures(csi: Tally(hits: 1, total: 2)), complaints: [complaint],
                               complaintsByCategory: [NamedCount(name: "repair-quality", count: 1)],
                               churn: Churn(activeAtStart: 0, lost: 0), causes: [],
                               winBackResults: [NamedCount(name: "reached", count: 2)], rework: Rework(reworked: 1, repairsAndWarranty: 8)))
    }

    func testMonthlyKeysAndValues() throws {
        let text = ReportJSON.text(monthly())
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["period", "calls_made", "reached", "reach_rate", "csi", "csi_by_department", "problem_customers",
                    "complaints", "complaints_by_category", "churn", "rework_rate", "missed_followups"] {
            XCTAssertNotNil(object[key], key)
        }
        XCTAssertEqual(object["period"] as? String, "2026-10")
        XCTAssertEqual(object["calls_made"] as? Int, 3)
        XCTAssertEqual(object["reach_rate"] as? Double, 66.7)
        XCTAssertEqual(object["csi"] as? Double, 33.3)
        XCTAssertEqual(object["csi_previous"] as? Double, 50.0)
        XCTAssertEqual(object["csi_change"] as? Double, -16.7)
        XCTAssertEqual(object["csi_by_department"] as? [String: NSObject], ["reception": NSNull(), "workshop": NSNumber(value: 0.0)])
        XCTAssertEqual(object["complaints_by_category"] as? [String: Int], ["repair-quality": 1])
        let churn = try XCTUnwrap(object["churn"] as? [String: Any])
        XCTAssertEqual(churn["active_at_start"] as? Int, 0)
        XCTAssertTrue(churn["rate"] is NSNull, "no base: an empty rate, not zero")
        XCTAssertEqual(churn["causes"] as? [String: Int], [:])
        XCTAssertEqual(object["rework_rate"] as? Double, 12.5)
        XCTAssertEqual(object["missed_followups"] as? Int, 0)
        let complaint = try XCTUnwrap((object["complaints"] as? [[String: Any]])?.first)
        XCTAssertEqual(complaint["words"] as? String, "=1+1 异响", "JSON keeps the words as they are")
        XCTAssertEqual(complaint["recall_result"] as? String, "not-satisfied")
        XCTAssertTrue(complaint["deadline"] is NSNull)
        XCTAssertTrue(complaint["on_time"] is NSNull)
        let problem = try XCTUnwrap((object["problem_customers"] as? [[String: Any]])?.first)
        XCTAssertEqual(problem["departments"] as? [String], ["workshop"])
        XCTAssertEqual(problem["low_ratings"] as? [String: Int], ["quality": 1])
        XCTAssertTrue(problem["complaint"] is NSNull)
        // Numbers keep their one decimal in the text itself.
        XCTAssertTrue(text.contains("\"csi_target\": 93.0,"), text)
        XCTAssertTrue(text.contains("\"csi_change\": -16.7,"), text)
        XCTAssertTrue(text.hasPrefix("{\n  \"period\": \"2026-10\",\n  \"report\": \"monthly\",\n  \"calls_made\": 3,"), text)
    }

    func testADailyReportHasNoMonthlyKeys() throws {
        var r = monthly()
        r.period = ReportPeriod(.day, parsing: "2026-10-06")!
        r.month = nil
        r.missedFollowups = nil
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ReportJSON.text(r).utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["period", "report", "calls_made", "reached", "reach_rate", "csi", "csi_target",
                                          "csi_by_department", "problem_customers"])
    }
}
