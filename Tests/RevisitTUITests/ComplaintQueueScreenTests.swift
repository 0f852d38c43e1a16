import XCTest
import RevisitCore
import RevisitStore
@testable import RevisitTUI

final class ComplaintQueueScreenTests: XCTestCase {
    /// Wednesday 11:00: one complaint escalated, one overdue, one without contact, a crisis
    /// opened last, one closed (not shown).
    func world() throws -> ComplaintScreenWorld {
        let w = try ComplaintScreenWorld()
        let escalated = try w.open("C000001", at: "2026-11-23 10:00", responsible: "zhao.lei")
        try w.update(escalated, ComplaintUpdate(status: .inProgress, contacted: true), at: "2026-11-23 10:20")
        let overdue = try w.open("C000002", at: "2026-11-24 09:00", category: .partsQuality, deadline: "2026-11-24", as: "wang.wu")
        try w.update(overdue, ComplaintUpdate(contacted: true), as: "wang.wu", at: "2026-11-24 09:30")
        let closed = try w.open("C000003", at: "2026-11-24 10:00", category: .booking)
        try w.update(closed, ComplaintUpdate(status: .inProgress, contacted: true), at: "2026-11-24 10:05")
        try w.update(closed, ComplaintUpdate(status: .resolved), at: "2026-11-24 11:00")
        try w.run(UpdateComplaint.recall(closed, satisfied: true), at: "2026-11-24 15:00")
        try w.open("C000004", at: "2026-11-25 09:00", category: .reception)
        let crisis = try w.open("C000005", at: "2026-11-25 10:50", category: .vehicleQuality, crisis: .safety)
        try w.update(crisis, ComplaintUpdate(contacted: true), at: "2026-11-25 10:55")
        return w
    }

    /// A crisis keeps its overdue and no-contact flags whole: where "CRISIS" does not fit
    /// beside them it shows as escalated, its row already marked `!` and red.
    func testACrisisKeepsItsOtherFlagsWhole() {
        let all = ComplaintFlags(crisis: true, escalated: true, overdue: true, firstContactBreached: true)
        let english = ComplaintRowText.flagsWidth(.english), chinese = ComplaintRowText.flagsWidth(.chinese)
        XCTAssertEqual(english, 10)
        XCTAssertEqual(ComplaintRowText.flags(all, .english, width: english), "ESC OVD 1H")
        XCTAssertEqual(ComplaintRowText.flags(ComplaintFlags(crisis: true, overdue: true), .english, width: english), "CRISIS OVD")
        XCTAssertEqual(ComplaintRowText.flags(all, .chinese, width: chinese), "危机 超期 未联")
        XCTAssertEqual(ComplaintRowText.flags(all, .english), "CRISIS OVD 1H", "the card's title line has room")
    }

    func testCrisisOnTopThenEscalatedOverdueNoContact() throws {
        let w = try world()
        var app = try w.app(ComplaintQueueScreen())
        let terminal = w.run(&app, as: "chen.jing")
        let lines = terminal.lines().trimmedRight
        XCTAssertEqual(Array(lines[0...6]), [
            " Revisit · Complaints",
            "4 open · crisis 1 · escalated 2 · overdue 1 · no contact 1",
            " ID       Age Category  Customer   Owner     Assignee  Due   Status   Flags",
            "!P000005  10m vehicle   欧阳建华   li.na                     open     CRISIS",
            " P000001   2d repair    张伟       li.na     zhao.lei        working  ESC",
            " P000002   1d parts     李娜       wang.wu             11-24 open     OVD",
            " P000004   2h reception María Gar… li.na                     open     1H",
        ])
        XCTAssertEqual(lines[22], "Enter card  a assign  d deadline  s status  c close  n note")
        let frame = try XCTUnwrap(terminal.lastFrame)
        XCTAssertEqual(frame[3, 2].style.color, .overdue, "the crisis row is marked red")
        XCTAssertEqual(frame[4, 2].style.color, .warning)
        XCTAssertNil(frame[6 + 1, 2].style.color, "an unflagged row is plain")
    }

    /// At 60 columns the owner and the assignee give way: the status and the flags stay whole.
    func testANarrowTerminalKeepsTheStatusAndTheFlags() throws {
        let w = try world()
        var app = App(root: ComplaintQueueScreen(), keymap: try Fixtures.shippedKeymap(), language: .english,
                      size: TerminalSize(rows: 24, cols: 60))
        let lines = w.run(&app, as: "chen.jing").lines().trimmedRight
        XCTAssertEqual(Array(lines[2...4]), [
            " ID       Age Category  Customer   Due   Status   Flags",
            "!P000005  10m vehicle   欧阳建华         open     CRISIS",
            " P000001   2d repair    张伟             working  ESC",
        ])
    }

    /// Where the counts do not fit whole (Spanish at 60 columns) they are named as the Flags
    /// column names them, rather than cut.
    func testTheCountsTakeTheFlagsNamesWhenTheyDoNotFit() throws {
        let w = try world()
        var english = App(root: ComplaintQueueScreen(), keymap: try Fixtures.shippedKeymap(), language: .english,
                          size: TerminalSize(rows: 24, cols: 60))
        let whole = w.run(&english, as: "chen.jing").lines().trimmedRight[1]
        XCTAssertTrue(whole.contains(" open · crisis 1 · escalated ") && !whole.contains("…"), whole)
        var spanish = App(root: ComplaintQueueScreen(), keymap: try Fixtures.shippedKeymap(), language: .spanish,
                          size: TerminalSize(rows: 24, cols: 60))
        let short = w.run(&spanish, as: "chen.jing").lines().trimmedRight[1]
        XCTAssertFalse(short.contains("…"), short)
        XCTAssertTrue(short.contains(" abiertas · CRISIS 1 · ESC ") && short.contains(" · 1H "), short)
    }

    /// A deadline from another year, long past, shows that year: "08-23" would read as this
    /// year's August.
    func testADeadlineFromLastYearShowsTheYear() throws {
        let w = try ComplaintScreenWorld()
        try w.open("C000001", at: "2025-08-18 16:28", deadline: "2025-08-23")
        var app = try w.app(ComplaintQueueScreen())
        let lines = w.run(&app, as: "chen.jing").lines().trimmedRight
        XCTAssertEqual(lines[3], " P000001 463d repair    张伟       li.na               2025  open     ESC OVD 1H")
    }

    func testChineseQueue() throws {
        let w = try world()
        var app = try w.app(ComplaintQueueScreen(), language: .chinese)
        let lines = w.run(&app, as: "chen.jing").lines().trimmedRight
        XCTAssertEqual(Array(lines[0...4]), [
            " 回访 · 投诉处理",
            "未结 4 · 危机 1 · 升级 2 · 超期 1 · 未联系 1",
            " 编号     时长 类别     客户     受理人    责任人    期限  状态   标记",
            "!P000005  10分 车辆质量 欧阳建华 li.na                     待处理 危机",
            " P000001   2天 维修质量 张伟     li.na     zhao.lei        处理中 升级",
        ])
    }

    /// An age of hundreds of days and all three flags fit their columns in every language,
    /// and the customer keeps 8 cells at 80 columns.
    func testLongAgesAndThreeFlagsFitInEveryLanguage() {
        let ages: [Language: String] = [.english: "467d", .chinese: "467天", .korean: "467일", .spanish: "467d"]
        for language in Language.allCases {
            let columns = ComplaintRowText.queueColumns(language)
            let widths = columns.map { column -> Int in if case .fixed(let w) = column.width { w } else { 0 } }
            let age = ComplaintRowText.age(since: CivilTime("2025-08-20 09:00")!, now: CivilTime("2026-11-30 10:00")!, language)
            let flags = ComplaintRowText.flags(ComplaintFlags(escalated: true, overdue: true, firstContactBreached: true), language)
            XCTAssertEqual(age, ages[language])
            XCTAssertGreaterThanOrEqual(widths[1], DisplayWidth.of(age), "\(language)")
            XCTAssertGreaterThanOrEqual(widths[8], DisplayWidth.of(flags), "\(language): \(flags)")
            XCTAssertLessThanOrEqual(widths.reduce(0, +) + columns.count - 1 + 8, 80, "\(language)")
        }
    }

    func testSupervisorAssignsWithoutLeavingTheList() throws {
        let w = try world()
        var app = try w.app(ComplaintQueueScreen())
        var lines = w.run(&app, as: "chen.jing") { t in
            t.send(keys: .down)          // P000001
            t.type("a")
        }.lines().trimmedRight
        XCTAssertEqual(Array(lines[18...22]), [
            "Assign P000001",
            "  Responsible person  ‹ 赵磊 (zhao.lei) ›",
            "  Department          workshop",
            "  Note",
            "Enter save   Esc cancel   Tab next field",
        ])
        lines = w.run(&app, as: "chen.jing") { t in
            t.send(keys: .right, .tab, .tab)
            t.type("换人处理")
            t.send(keys: .enter)
        }.lines().trimmedRight
        XCTAssertEqual(lines[23], "P000001 saved")
        XCTAssertEqual(lines[4], " P000001   2d repair    张伟       li.na     chen.jing       working  ESC")
        let c = try XCTUnwrap(w.store.state.complaints["P000001"])
        XCTAssertEqual(c.responsible, "chen.jing")
        XCTAssertEqual(c.history.last?.note, "换人处理")
        XCTAssertEqual(c.history.last?.by, "chen.jing")
    }

    /// A note half typed in a prompt survives a dropped terminal: resumed, the complaint's card
    /// opens with the prompt and the note in it.
    func testAHalfTypedPromptIsKeptAsADraftAndComesBack() throws {
        let w = try world()
        var app = try w.app(ComplaintQueueScreen())
        w.run(&app, as: "chen.jing") { t in
            t.type("n")
            t.type("客户来电要求退款 ")
        }
        let (draft, lines) = try w.keptAndResumed(app, as: "chen.jing")
        XCTAssertEqual(draft.kind, "complaint-prompt")
        XCTAssertEqual(draft.summary, "Add a note to P000005: 客户来电要求退款")
        XCTAssertEqual(lines[0], " Revisit · Complaint P000005")
        XCTAssertTrue(lines.contains("Add a note to P000005"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasSuffix("客户来电要求退款") }, lines.joined(separator: "\n"))
    }

    func testARepIsToldWhoMay() throws {
        let w = try world()
        var app = try w.app(ComplaintQueueScreen())
        let lines = w.run(&app, as: "li.na") { t in
            t.send(keys: .down)
            t.type("a")
            t.send(keys: .right, .enter)
        }.lines().trimmedRight
        XCTAssertEqual(Array(lines[16...19]), [
            "Assign P000001",
            "  Only a supervisor may reassign P000001",
            "",
            "  Responsible person  ‹ 陈静 (chen.jing) ›",
        ], "the prompt stays open and says who may")
        XCTAssertEqual(w.store.state.complaints["P000001"]?.responsible, "zhao.lei")
    }

    func testSignADeadlineThenChangeStatusThenCloseAsSupervisor() throws {
        let w = try world()
        var app = try w.app(ComplaintQueueScreen())
        var lines = w.run(&app, as: "chen.jing") { t in
            t.send(keys: .down, .down, .down)   // P000004, no deadline yet
            t.type("d2026-11-27")
            t.send(keys: .enter)
        }.lines().trimmedRight
        XCTAssertEqual(lines[23], "P000004 saved")
        XCTAssertEqual(lines[6], " P000004   2h reception María Gar… li.na               11-27 open     1H")
        lines = w.run(&app, as: "chen.jing") { t in
            t.type("s")
            t.send(keys: .tab)
            t.type("已回电")
            t.send(keys: .enter)
        }.lines().trimmedRight
        XCTAssertEqual(lines[6], " P000004   2h reception María Gar… li.na               11-27 working  1H")
        XCTAssertEqual(w.store.state.complaints["P000004"]?.history.last?.what, "status open -> in-progress")
        lines = w.run(&app, as: "chen.jing") { t in
            t.type("c不再追究")
            t.send(keys: .enter)
        }.lines().trimmedRight
        XCTAssertEqual(Array(lines[18...20]), [
            "Close P000004",
            "  P000004 cannot go from “in progress” to “closed”; from “in progress” it may go",
            "  to “waiting” or “resolved”",
        ])
        var chinese = try w.app(ComplaintQueueScreen(), language: .chinese)
        let zh = w.run(&chinese, as: "chen.jing") { t in
            t.send(keys: .down, .down, .down)
            t.type("c不再追究")
            t.send(keys: .enter)
        }.lines().trimmedRight
        XCTAssertEqual(zh[23], "P000004 不能从“处理中”改为“已关闭”；“处理中”只能改为“等待中”或“已解决”")
        lines = w.run(&app, as: "chen.jing") { t in
            t.send(keys: .escape)
            t.type("s")
            t.send(keys: .right, .enter)                          // resolved
            t.type("c客户接受道歉")
            t.send(keys: .enter)
        }.lines().trimmedRight
        XCTAssertEqual(lines[23], "P000004 saved")
        XCTAssertEqual(lines[1], "3 open · crisis 1 · escalated 2 · overdue 1 · no contact 0")
        XCTAssertEqual(w.store.state.complaints["P000004"]?.status, .closed)
        XCTAssertEqual(w.store.state.complaints["P000004"]?.improvementSummary, "客户接受道歉")
    }

    func testEnterOpensTheCardAndPOpensTheForm() throws {
        let w = try world()
        var app = try w.app(ComplaintQueueScreen())
        var lines = w.run(&app, as: "chen.jing") { t in t.send(keys: .enter) }.lines().trimmedRight
        XCTAssertEqual(lines[0], " Revisit · Complaint P000005")
        lines = w.run(&app, as: "chen.jing") { t in
            t.send(keys: .escape)
            t.type("p")
        }.lines().trimmedRight
        XCTAssertEqual(lines[0], " Revisit · Quick-handling form")
    }
}

final class ComplaintQueueTimeTests: XCTestCase {
    func testTheQueueFollowsTheClockWithoutAKey() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-23 10:30")
        try w.open("C000001", at: "2026-11-23 10:00")
        var app = try w.app(ComplaintQueueScreen())
        var lines = w.run(&app, as: "chen.jing").lines().trimmedRight
        XCTAssertEqual(lines[3], " P000001  30m repair    张伟       li.na                     open")
        w.now = CivilTime("2026-11-23 11:01")!
        lines = w.run(&app, as: "chen.jing") { t in t.send(.timeout) }.lines().trimmedRight
        XCTAssertEqual(lines[3], " P000001   1h repair    张伟       li.na                     open     1H")
        XCTAssertEqual(lines[1], "1 open · crisis 0 · escalated 0 · overdue 0 · no contact 1")
    }
}
