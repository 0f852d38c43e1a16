import XCTest
import RevisitCore
import RevisitStore
@testable import RevisitTUI

final class ComplaintCardScreenTests: XCTestCase {
    func world() throws -> ComplaintScreenWorld {
        let w = try ComplaintScreenWorld(now: "2026-11-24 16:00")
        let id = try w.open("粤B·12345", at: "2026-11-23 10:00", words: "刹车有异响\u{1B}[2J，第二次了\nPlease call after 5pm",
                            responsible: "zhao.lei", deadline: "2026-11-25")
        try w.update(id, ComplaintUpdate(status: .inProgress, contacted: true), note: "已回电，约明早进店", at: "2026-11-23 10:30")
        try w.update(id, ComplaintUpdate(status: .waiting), note: "等配件", at: "2026-11-23 15:00")
        try w.update(id, ComplaintUpdate(deadline: CivilDate("2026-11-27")), note: "配件延迟", as: "chen.jing", at: "2026-11-24 09:00")
        return w
    }

    func testTheCardShowsEverythingAndTheFullHistory() throws {
        let w = try world()
        var app = try w.app(ComplaintCardScreen(complaintID: "P000001"))
        let lines = w.run(&app, as: "li.na").lines().trimmedRight
        XCTAssertEqual(Array(lines[0...23]), [
            " Revisit · Complaint P000001",
            " P000001  waiting",
            " Customer       C000001  张伟  13800138000",
            " Vehicle        粤B·12345  朗逸",
            " Received       2026-11-23 10:00  li.na  inbound call",
            " Owner          li.na",
            " Category       repair quality",
            " Crisis         none",
            " Responsible    zhao.lei  (workshop)",
            " Deadline       2026-11-27, signed by chen.jing",
            " First contact  2026-11-23 10:30",
            " Reopened       0",
            "",
            " Customer's words",
            "   刹车有异响␛[2J，第二次了",
            "   Please call after 5pm",
            "",
            " History (4)",
            " 2026-11-23 10:00  li.na  opened; category repair quality; department workshop;",
            "     responsible zhao.lei; deadline 2026-11-25 signed by li.na",
            " 2026-11-23 10:30  li.na  status open → in progress; contacted the customer",
            "     note: 已回电，约明早进店",
            " a assign  d deadline  s status  c close  n note  Esc back       ↓ 4 more below",
            "? help   q quit",
        ])
    }

    /// A history line breaks between changes, never between a change's label and its value.
    /// The card's history, from its heading down, as it shows at `cols` columns.
    func history(_ w: ComplaintScreenWorld, _ language: Language, cols: Int, heading: String) throws -> String {
        var app = App(root: ComplaintCardScreen(complaintID: "P000001"), keymap: try Fixtures.shippedKeymap(),
                      language: language, size: TerminalSize(rows: 40, cols: cols))
        return w.run(&app, as: "li.na").lines().trimmedRight.drop { !$0.hasPrefix(heading) }.joined(separator: "\n")
    }

    func testAChangeInTheHistoryIsNeverSplitFromItsValue() throws {
        let w = try world()
        for cols in [44, 52, 60, 66] {
            let history = try history(w, .english, cols: cols, heading: " History")
            for change in ["category repair quality;", "department workshop;", "responsible zhao.lei;", "deadline 2026-11-25 signed by li.na"] {
                XCTAssertTrue(history.contains(change), "\(cols) columns:\n" + history)
            }
        }
    }

    /// Chinese joins the changes with "；", which has no space to break at: the line breaks after it.
    func testAChineseChangeInTheHistoryIsNeverSplitFromItsValue() throws {
        let w = try world()
        for cols in [44, 52, 60, 66] {
            let history = try history(w, .chinese, cols: cols, heading: " 处理记录")
            for change in ["类别 维修质量；", "责任部门 车间；", "责任人 zhao.lei；", "期限 2026-11-25，li.na 签认", "状态 待处理 → 处理中；"] {
                XCTAssertTrue(history.contains(change), "\(cols) columns:\n" + history)
            }
        }
    }

    func testScrollsAndActsInPlace() throws {
        let w = try world()
        var app = try w.app(ComplaintCardScreen(complaintID: "P000001"))
        var lines = w.run(&app, as: "li.na") { t in t.send(keys: .end) }.lines().trimmedRight
        XCTAssertEqual(Array(lines[20...22]), [" 2026-11-24 09:00  chen.jing  deadline 2026-11-27 signed by chen.jing",
                                               "     note: 配件延迟",
                                               " a assign  d deadline  s status  c close  n note  Esc back       ↑ 4 more above"])
        lines = w.run(&app, as: "li.na") { t in
            t.type("s")                                     // waiting -> in progress
            t.send(keys: .tab)
            t.type("配件到了")
            t.send(keys: .enter, .end)
        }.lines().trimmedRight
        XCTAssertEqual(lines[23], "P000001 saved")
        XCTAssertEqual(Array(lines[18...21]), [
            " 2026-11-24 09:00  chen.jing  deadline 2026-11-27 signed by chen.jing",
            "     note: 配件延迟",
            " 2026-11-24 16:00  li.na  status waiting → in progress",
            "     note: 配件到了",
        ])
    }

    func testChineseCard() throws {
        let w = try world()
        var app = try w.app(ComplaintCardScreen(complaintID: "P000001"), language: .chinese)
        let lines = w.run(&app, as: "li.na").lines().trimmedRight
        XCTAssertEqual(Array(lines[1...4]), [
            " P000001  等待中",
            " 客户           C000001  张伟  13800138000",
            " 车辆           粤B·12345  朗逸",
            " 受理时间       2026-11-23 10:00  li.na  客户来电",
        ])
        XCTAssertEqual(lines[20], " 2026-11-23 10:30  li.na  状态 待处理 → 处理中；已联系客户", "the Chinese semicolon")
    }
}

final class ComplaintNavigationTests: XCTestCase {
    func testTheCustomerCardListsComplaintsAndOpensTheForm() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-25 11:00")
        try w.open("C000001", at: "2026-11-23 10:00", words: "刹车异响")
        try w.open("C000001", at: "2026-11-24 10:00", category: .booking, crisis: .media, words: "约不上")
        var app = try w.app(CustomerCardScreen(customerID: "C000001"))
        var lines = w.run(&app, as: "li.na").lines().trimmedRight
        let heading = try XCTUnwrap(lines.firstIndex(of: " Complaints (2)"), lines.joined(separator: "\n"))
        XCTAssertEqual(Array(lines[(heading + 1)...(heading + 2)]), [
            " P000002 2026-11-24 booking   open     CRISIS 1H  约不上",
            " P000001 2026-11-23 repair    open     ESC 1H     刹车异响",
        ])
        lines = w.run(&app, as: "li.na") { t in t.type("p") }.lines().trimmedRight
        XCTAssertEqual(lines[0], " Revisit · Quick-handling form")
        XCTAssertEqual(lines[1], " Customer               C000001  张伟  13800138000")
        XCTAssertEqual(lines[2], " Vehicle                粤B·12345  朗逸")
        lines = w.run(&app, as: "li.na") { t in t.send(keys: .escape, .function(4)) }.lines().trimmedRight
        XCTAssertEqual(lines[0], " Revisit · Complaints")
        XCTAssertEqual(lines[1], "2 open · crisis 1 · escalated 2 · overdue 0 · no contact 2")
    }
}

final class ComplaintFromTheCallQueueTests: XCTestCase {
    func testPOnTheCallQueueOpensTheFormForAnInboundComplaint() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-23 10:30")
        var app = try w.app(CallQueueScreen())
        let lines = w.run(&app, as: "li.na") { t in t.type("p") }.lines().trimmedRight
        XCTAssertEqual(lines[0], " Revisit · Quick-handling form")
        XCTAssertEqual(lines[1], " Customer (id/phone/plate)", "the customer is typed in")
        XCTAssertEqual(lines[2], " Channel                   inbound call")
    }
}
