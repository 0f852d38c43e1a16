import XCTest
import RevisitCore
import RevisitStore
@testable import RevisitTUI

/// Taking a call from the queue: the customer and visit on top, the survey by rating keys,
/// the words in Chinese on several lines, the outcome, save; the quick-handling form offered.
final class CallScreenTests: XCTestCase {
    /// The due line of an overdue call fits its column in Chinese, overdue mark included.
    func testTheChineseDueLineIsWhole() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen(), language: .chinese)
        let lines = w.run(&app, as: "li.na") { t in t.send(keys: .enter) }.lines().trimmedRight
        XCTAssertTrue(lines[2].hasSuffix("逾期 · 应办 11-05 10:00 · 已拨 0 次"), lines[2])
    }

    /// Questions are shown whole up to the width 80 columns leave beside the rating.
    func testSurveyLabelsTakeTheWidthOfTheLongestQuestion() {
        XCTAssertEqual(CallForm.surveyLabelWidth(["1 Speed", "Overall rating"]), 40)
        XCTAssertEqual(CallForm.surveyLabelWidth(["3 Advisor quoted before work and explained each item after"]), 60)
        XCTAssertEqual(CallForm.surveyLabelWidth([String(repeating: "很长的问题", count: 20)]), 72)
    }

    /// At 60 columns the longest questions are cut, not their ratings pushed off the screen.
    func testANarrowScreenKeepsTheRatingsInSight() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = App(root: CallQueueScreen(), keymap: try Fixtures.shippedKeymap(), language: .english,
                      size: TerminalSize(rows: 24, cols: 60))
        let lines = w.run(&app, as: "li.na") { t in t.send(keys: .enter); t.type("4") }.lines().trimmedRight
        XCTAssertEqual(Array(lines[5...7]), [
            " 1 Speed at reception, completion and check… 4",
            " 2 Parts prices and labour hours             ‹ - ›",
            " 3 Advisor quoted before work and explained… -",
        ])
        XCTAssertEqual(Array(lines[1...2]), [
            " Customer  C000001 张伟  13800138000      satisfaction · s…",
            " Vehicle   粤B·12345 朗逸                 OVERDUE · due 11…",
        ], "the kind and the overdue mark come first")
    }

    /// On a terminal too short for the survey and the details together, the survey gives way
    /// while the focus is in the details, so the field being typed into is in sight.
    func testAShortScreenKeepsTheFocusedDetailInSight() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = App(root: CallQueueScreen(), keymap: try Fixtures.shippedKeymap(), language: .english,
                      size: TerminalSize(rows: 18, cols: 80))
        let lines = w.run(&app, as: "li.na") { t in
            t.send(keys: .enter)
            for _ in 0 ..< 10 { t.send(keys: .tab) }   // six ratings, words, outcome, callback, problem
            t.type("2026-12-20")
        }.lines().trimmedRight
        XCTAssertFalse(lines.contains { $0.contains("Survey:") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains(" Next service      2026-12-20"), lines.joined(separator: "\n"))
        let back = w.run(&app, as: "li.na") { t in t.send(keys: .backTab, .backTab, .backTab, .backTab, .backTab) }.lines()
        XCTAssertTrue(back.contains { $0.hasPrefix(" Survey:") }, "the survey again once the focus is back in it")
    }

    func testTheCallScreenShowsTheCustomerTheVisitAndTheSurvey() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        let lines = w.run(&app, as: "li.na") { t in t.send(keys: .enter) }.lines().trimmedRight
        XCTAssertEqual(Array(lines[0...21]), [
            " Revisit · Call sat:RO-1",
            " Customer  C000001 张伟  13800138000      satisfaction · sat:RO-1",
            " Vehicle   粤B·12345 朗逸                 OVERDUE · due 11-05 10:00 · 0 tries",
            " Visit     RO-1 2026-11-02                maintenance · 更换机油, 机滤",
            " Survey: 1-5 rates the question, 0 clears it",
            " 1 Speed at reception, completion and checkout               ‹ - ›",
            " 2 Parts prices and labour hours                             -",
            " 3 Advisor quoted before work and explained each item after  -",
            " 4 Repair quality, paint quality, cleanliness                -",
            " 5 How the visit to the shop went (arrival, waiting)         -",
            " Overall rating                                              -",
            "",
            " Customer's words",
            "",
            "",
            " Outcome           reached",
            " Call back at",
            " Problem           no",
            " Next service",
            " Do not call, why",
            "",
            "",
        ])
        XCTAssertEqual(lines[22], " C-s, F10 save   Tab next field   Right, Space change a choice   Esc cancel")
        XCTAssertEqual(w.store.state.calls.activeClaim(on: "sat:RO-1", at: w.now)?.login, "li.na", "taking the call claims it")
    }

    /// A recall has no visit to show: the complaint it confirms and its resolution take that line.
    func testARecallShowsTheComplaintAndHowItWasResolved() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 16:00")
        let id = try w.open("C000002", at: "2026-11-12 09:00")
        try w.update(id, ComplaintUpdate(status: .inProgress, contacted: true), at: "2026-11-12 09:10")
        try w.update(id, ComplaintUpdate(status: .resolved, resolution: "已更换左前门密封条"), at: "2026-11-12 11:00")
        var app = try w.app(CallQueueScreen(), language: .chinese)
        let lines = w.run(&app, as: "li.na") { t in t.type("/P000001"); t.send(keys: .enter, .enter) }.lines().trimmedRight
        XCTAssertEqual(lines[0], " 回访 · 通话 recall:P000001-1")
        XCTAssertEqual(lines[3], " 投诉      P000001 2026-11-12 维修质量    处理：已更换左前门密封条")
    }

    /// The header's right part runs to the screen's edge: whole on a wide terminal, cut at 80.
    func testTheHeaderUsesAWideTerminal() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 16:00")
        let id = try w.open("C000002", at: "2026-11-12 09:00")
        try w.update(id, ComplaintUpdate(status: .inProgress, contacted: true), at: "2026-11-12 09:10")
        let resolution = "Replaced the left front door seal and road-tested it for 20 km"
        try w.update(id, ComplaintUpdate(status: .resolved, resolution: resolution), at: "2026-11-12 11:00")
        for (cols, shown) in [(80, "resolved: Replaced the left front do…"), (120, "resolved: " + resolution)] {
            var app = App(root: CallQueueScreen(), keymap: try Fixtures.shippedKeymap(), language: .english,
                          size: TerminalSize(rows: 24, cols: cols))
            let lines = w.run(&app, as: "li.na") { t in t.type("/P000001"); t.send(keys: .enter, .enter) }.lines().trimmedRight
            XCTAssertTrue(lines[3].hasSuffix(shown), "\(cols) columns: " + lines[3])
        }
    }

    func testASurveyWithALowRatingSavesTheWordsAndOffersTheQuickHandlingForm() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        let words = "师傅很专业，\n就是等了三个小时。"
        let offered = w.run(&app, as: "li.na") { t in
            t.send(keys: .enter)
            t.type("54321")          // five questions
            t.type("2")              // overall
            t.type("师傅很专业，")
            t.send(keys: .enter)
            t.type("就是等了三个小时。")
            t.send(keys: .function(10))
        }.lines().trimmedRight
        XCTAssertTrue(offered.contains { $0.contains("The customer has a problem. Open the quick-handling form?") },
                      offered.joined(separator: "\n"))
        let call = try XCTUnwrap(w.store.state.calls.call(id: "K000001"))
        XCTAssertEqual(Array(call.words.utf8), Array(words.utf8))
        XCTAssertEqual(call.ratings, ["speed": 5, "prices": 4, "staff": 3, "quality": 2, "visit": 1])
        XCTAssertEqual(call.overall, 2)
        XCTAssertEqual(call.outcome, .reached)
        XCTAssertNil(w.store.state.calls.activeClaim(on: "sat:RO-1", at: w.now), "saving releases the claim")

        let form = w.run(&app, as: "li.na") { t in t.type("y") }.lines().trimmedRight
        XCTAssertEqual(Array(form[0...6]), [
            " Revisit · Quick-handling form",
            " Customer               C000001  张伟  13800138000",
            " Vehicle                粤B·12345  朗逸",
            " Call                   K000001",
            " Channel                follow-up call",
            " Customer's words       师傅很专业，",
            "                        就是等了三个小时。",
        ])
    }

    /// Enter on the first task, then Tab through the survey and the words to the outcome.
    static func takeTheCallToItsOutcome(_ t: MemoryTerminal) {
        t.send(keys: .enter)
        t.send(keys: .tab, .tab, .tab, .tab, .tab, .tab, .tab)
    }

    func testANoAnswerGoesBackToTheQueueWhereTheCallWaitsForItsRetry() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        let lines = w.run(&app, as: "li.na") { t in
            Self.takeTheCallToItsOutcome(t)
            t.send(keys: .right)
            t.send(keys: .function(10))
        }.lines().trimmedRight
        XCTAssertEqual(lines[0], " Revisit · Call queue")
        XCTAssertEqual(Array(lines[3...5]), [
            "    06-01 17:00 win-back     欧阳建华 粤A·6F789  迈腾                  0",
            "    11-08 10:00 satisfaction 李娜     粤B·88K21  途观L                 0",
            "",
        ])
        XCTAssertEqual(lines[23], "Call K000001 saved")
        XCTAssertEqual(w.store.state.calls.call(id: "K000001")?.outcome, .noAnswer)
    }

    func testACallbackTimeThatCannotBeReadSaysWhatIsWrongAndSavesNothing() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        let empty = w.run(&app, as: "li.na") { t in
            Self.takeTheCallToItsOutcome(t)
            t.send(keys: .right, .right, .right)   // no answer, busy, call back later
            t.send(keys: .function(10))
        }.lines().trimmedRight
        XCTAssertEqual(empty[15], " Outcome           ‹ call back later ›")
        XCTAssertEqual(empty[23], "Call back at: give a time as YYYY-MM-DD HH:MM")
        let impossible = w.run(&app, as: "li.na") { t in
            t.send(keys: .tab)
            t.type("2026-11-31 10:00")
            t.send(keys: .function(10))
        }.lines().trimmedRight
        XCTAssertEqual(impossible[23], "Call back at 2026-11-31 10:00: 2026-11 has no day 31")
        XCTAssertNil(w.store.state.calls.call(id: "K000001"), "nothing saved")
    }

    func testDateProblemsAreNamedInChinese() {
        let m = MessageCatalog.dates
        XCTAssertEqual(m.problem(time: "2026-11-12 24:00", field: "回拨时间", .chinese), "回拨时间 2026-11-12 24:00：小时须在 00 到 23 之间")
        XCTAssertEqual(m.problem(date: "2026-13-01", field: "解决期限", .chinese), "解决期限 2026-13-01：没有 13 月")
        XCTAssertEqual(m.problem(date: "2026-02-29", field: "解决期限", .chinese), "解决期限 2026-02-29：2026-02 没有 29 日")
        XCTAssertEqual(m.problem(date: "明天", field: "解决期限", .chinese), "解决期限 明天：请写成 YYYY-MM-DD")
        XCTAssertEqual(m.problem(date: "", field: "Deadline", .english), "Deadline: give a date as YYYY-MM-DD")
    }

    /// A call half typed when the terminal goes away is kept, and resumed it claims the task
    /// again with every rating and word put back; one that cannot be taken again still shows
    /// what was typed.
    func testAHalfTypedCallIsKeptAsADraftAndComesBack() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        w.run(&app, as: "li.na") { t in
            t.send(keys: .enter)
            t.type("4")                                     // the first question
            t.send(keys: .tab, .tab, .tab, .tab, .tab)      // to the words
            t.type("师傅很专业")
        }
        let (draft, lines) = try w.keptAndResumed(app, as: "li.na")
        XCTAssertEqual(draft.kind, "call")
        XCTAssertEqual(draft.summary, "sat:RO-1: 师傅很专业")
        XCTAssertEqual(MessageCatalog.drafts.label(of: draft, .chinese), "回访 sat:RO-1: 师傅很专业")
        XCTAssertEqual(MessageCatalog.drafts.label(of: draft, .spanish), "llamada sat:RO-1: 师傅很专业")
        XCTAssertEqual(lines[0], " Revisit · Call sat:RO-1")
        XCTAssertEqual(lines[5], " 1 Speed at reception, completion and checkout               ‹ 4 ›")
        XCTAssertEqual(lines[12], " Customer's words  师傅很专业")
        XCTAssertEqual(w.store.state.calls.activeClaim(on: "sat:RO-1", at: w.now)?.login, "li.na")

        try w.run(ClaimTask(taskID: "sat:RO-1", config: w.store.config), as: "wang.wu", at: "2026-11-12 10:20")
        w.now = CivilTime("2026-11-12 10:21")!
        var taken = try w.app(CallQueueScreen())
        taken.push(try XCTUnwrap(CallScreen(draft: draft)))
        let refused = w.run(&taken, as: "li.na").lines().trimmedRight
        XCTAssertEqual(refused[0], " Revisit · Call queue")
        XCTAssertTrue(refused[21...23].joined(separator: " ").contains("What you had typed: 师傅很专业"), refused.joined(separator: "\n"))
    }

    func testLeavingWithoutSavingLetsTheTaskGo() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        w.run(&app, as: "li.na") { t in t.send(keys: .enter) }
        XCTAssertEqual(w.store.state.calls.activeClaim(on: "sat:RO-1", at: w.now)?.login, "li.na")
        let back = w.run(&app, as: "li.na") { t in t.send(keys: .escape) }.lines().trimmedRight
        XCTAssertEqual(back[0], " Revisit · Call queue")
        XCTAssertNil(w.store.state.calls.activeClaim(on: "sat:RO-1", at: w.now))
    }

    /// The header's overdue mark, due time and tries fit what 80 columns leave right of the
    /// customer (38 cells) in every language, so none of them is cut there.
    func testTheOverdueDueAndTriesFitEightyColumnsInEveryLanguage() {
        let m = MessageCatalog.call
        for language in Language.allCases {
            let right = [m.overdue[language], m.due.format(language, "11-10 10:00"), m.attempts.format(language, 12)].joined(separator: " · ")
            XCTAssertLessThanOrEqual(DisplayWidth.of(right), 38, "\(language): \(right)")
        }
    }

    func testACallHeldByAnotherRepCannotBeTaken() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        try w.run(ClaimTask(taskID: "sat:RO-1", config: w.store.config), as: "wang.wu", at: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        let lines = w.run(&app, as: "li.na") { t in t.send(keys: .enter) }.lines().trimmedRight
        XCTAssertEqual(lines[0], " Revisit · Call queue")
        XCTAssertEqual(lines[23], "sat:RO-1 is taken by wang.wu until 2026-11-12 10:15")
        var chinese = try w.app(CallQueueScreen(), language: .chinese)
        let zh = w.run(&chinese, as: "li.na") { t in t.send(keys: .enter) }.lines().trimmedRight
        XCTAssertEqual(zh[23], "sat:RO-1 已由 wang.wu 接手，至 2026-11-12 10:15")
    }

    /// Another desk marks the customer do-not-call while the call screen is open: the save is
    /// refused, and the refusal says why in the screen's language.
    func testACustomerMarkedDoNotCallWhileTheCallIsOpenIsRefusedInTheScreensLanguage() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen(), language: .chinese)
        w.run(&app, as: "li.na") { t in t.send(keys: .enter) }
        XCTAssertEqual(w.store.state.calls.activeClaim(on: "sat:RO-1", at: w.now)?.login, "li.na")
        let customerID = try XCTUnwrap(CallQueue.task(id: "sat:RO-1", TaskQuery(state: w.store.state, config: w.store.config,
                                                                                 asOf: w.now))?.customerID)
        var customer = try XCTUnwrap(w.store.state.customers[customerID])
        customer.doNotCall = "客户要求不再来电"
        try w.run(SaveCustomer(customer), as: "chen.jing", at: "2026-11-12 10:00")
        let refused = w.run(&app, as: "li.na") { t in
            t.send(keys: .tab, .tab, .tab, .tab, .tab, .tab, .tab, .right)   // the outcome: no answer
            t.send(keys: .function(10))
        }.lines().trimmedRight
        XCTAssertEqual(refused[23], "\(customerID) 已标记为请勿致电（客户要求不再来电）")
        XCTAssertNil(w.store.state.calls.call(id: "K000001"), "nothing saved")
    }

    func testTheCustomerCardListsCallsWithTheirWordsAndOpenTasks() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        try w.run(LogCall(taskID: "sat:RO-1", outcome: .noAnswer, config: w.store.config), as: "li.na", at: "2026-11-12 09:00")
        var callback = LogCall(taskID: "sat:RO-1", outcome: .callback, config: w.store.config)
        callback.callbackAt = CivilTime("2026-11-12 09:50")
        try w.run(callback, as: "li.na", at: "2026-11-12 09:30")
        var log = LogCall(taskID: "sat:RO-1", outcome: .reached, config: w.store.config)
        log.overall = 5
        log.words = "很满意\n下次还来"
        try w.run(log, as: "li.na", at: "2026-11-12 10:00")
        var app = try w.app(CustomerCardScreen(customerID: "C000001"))
        let lines = w.run(&app, as: "li.na").lines().trimmedRight
        let calls = try XCTUnwrap(lines.firstIndex { $0.hasPrefix(" Calls (3)") }, lines.joined(separator: "\n"))
        // The outcome and kind columns are as wide as their longest name on the card: none is cut.
        XCTAssertEqual(Array(lines[calls...(calls + 5)]), [
            " Calls (3)",
            " 2026-11-12 10:00 K000003  reached         satisfaction li.na      overall 5",
            "     很满意",
            "     下次还来",
            " 2026-11-12 09:30 K000002  call back later satisfaction li.na",   // no words: no blank line
            " 2026-11-12 09:00 K000001  no answer       satisfaction li.na",
        ])
        w.now = CivilTime("2026-11-19 10:00")!
        app = try w.app(CustomerCardScreen(customerID: "C000001"))
        let later = w.run(&app, as: "li.na").lines().trimmedRight
        let tasks = try XCTUnwrap(later.firstIndex { $0.hasPrefix(" Open tasks (1)") }, later.joined(separator: "\n"))
        XCTAssertEqual(later[tasks + 1], " 2026-11-19 10:00      2nd follow-up f2:K000003")
        try w.run(ClaimTask(taskID: "f2:K000003", config: w.store.config), as: "li.na", at: "2026-11-19 10:00")
        var spanish = try w.app(CustomerCardScreen(customerID: "C000001"), language: .spanish)
        let taken = w.run(&spanish, as: "li.na").lines().trimmedRight
        XCTAssertEqual(taken[tasks + 1], " 2026-11-19 10:00      2º seguimiento f2:K000003 li.na", "who took it, beside the id")
    }
}
