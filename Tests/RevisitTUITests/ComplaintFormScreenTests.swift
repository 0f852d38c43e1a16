import XCTest
import RevisitCore
import RevisitStore
@testable import RevisitTUI

final class ComplaintFormScreenTests: XCTestCase {
    func testPrefilledFromACall() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-23 10:30")
        let prefill = ComplaintFormScreen.Prefill(customerID: "C000002", callID: "K000001", words: "左前门还是异响\n第二次了")
        var app = try w.app(ComplaintFormScreen(prefill))
        let lines = w.run(&app, as: "li.na").lines().trimmedRight
        XCTAssertEqual(Array(lines[0...15]), [
            " Revisit · Quick-handling form",
            " Customer               C000002  李娜  13912345678",
            " Vehicle                粤B·88K21  途观L",
            " Call                   K000001",
            " Channel                follow-up call",
            " Customer's words       左前门还是异响",
            "                        第二次了",
            "",
            "",
            " Category               ‹ service quality ›",
            " Crisis                 none",
            " Department             (not set)",
            " Responsible            (nobody)",
            " Deadline (YYYY-MM-DD)",
            " Note",
            "",
        ])
        XCTAssertEqual(lines[16], " C-s, F10 save   Tab next field   Right, Space change a choice   Esc cancel")
    }

    /// On a short terminal the fields above the focused one give way, so the note being typed
    /// is in sight.
    func testAShortScreenKeepsTheFocusedFieldInSight() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-23 10:30")
        let prefill = ComplaintFormScreen.Prefill(customerID: "C000002", callID: "K000001", words: "左前门还是异响")
        var app = App(root: ComplaintFormScreen(prefill), keymap: try Fixtures.shippedKeymap(), language: .english,
                      size: TerminalSize(rows: 12, cols: 80))
        let lines = w.run(&app, as: "li.na") { t in
            for _ in 0 ..< 5 { t.send(keys: .tab) }   // category, crisis, department, responsible, deadline, note
            t.type("客户要求周五前回复")
        }.lines().trimmedRight
        XCTAssertEqual(Array(lines[1...6]), [
            " Category               service quality",
            " Crisis                 none",
            " Department             (not set)",
            " Responsible            (nobody)",
            " Deadline (YYYY-MM-DD)",
            " Note                   客户要求周五前回复",
        ], "the customer, the vehicle, the call, the channel and the words gave way")
    }

    func testSavingOpensTheComplaintOwnedByTheRep() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-23 10:30")
        let prefill = ComplaintFormScreen.Prefill(customerID: "C000002", callID: "K000001", words: "左前门还是异响")
        var app = try w.app(ComplaintQueueScreen())
        w.run(&app, as: "li.na")
        app = try w.app(ComplaintFormScreen(prefill))
        let lines = w.run(&app, as: "li.na") { t in
            t.send(keys: .right, .right, .right)        // category: repair quality
            t.send(keys: .tab, .right)                  // crisis: safety
            t.send(keys: .tab, .tab, .right, .right, .right, .right) // responsible: zhao.lei
            t.send(keys: .tab)
            t.type("2026-11-25")
            t.send(keys: .function(10))
        }.lines().trimmedRight
        XCTAssertEqual(lines[23], "Complaint P000001 opened; you own it")
        let c = try XCTUnwrap(w.store.state.complaints["P000001"])
        XCTAssertEqual(c.owner, "li.na")
        XCTAssertEqual(c.customerID, "C000002")
        XCTAssertEqual(c.plateKey, "粤B88K21")
        XCTAssertEqual(c.callID, "K000001")
        XCTAssertEqual(c.channel, .followUpCall)
        XCTAssertEqual(c.words, "左前门还是异响")
        XCTAssertEqual(c.category, .repairQuality)
        XCTAssertEqual(c.crisis, .safety)
        XCTAssertEqual(c.responsible, "zhao.lei")
        XCTAssertEqual(c.department, "workshop")
        XCTAssertEqual(c.deadline, CivilDate("2026-11-25"))
        XCTAssertEqual(c.receivedAt, CivilTime("2026-11-23 10:30"))
    }

    /// A refusal from the store is said in the screen's language, and the form stays.
    func testAFormWithoutTheCustomersWordsIsRefusedInChinese() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-23 10:30")
        var app = try w.app(ComplaintFormScreen(ComplaintFormScreen.Prefill(customerID: "C000002")), language: .chinese)
        let lines = w.run(&app, as: "li.na") { t in t.send(keys: .function(10)) }.lines().trimmedRight
        XCTAssertEqual(lines[23], "客户原话为空；请记录客户所说的话")
        XCTAssertEqual(lines[0], " 回访 · 快速处理表")
        XCTAssertNil(w.store.state.complaints["P000001"])
    }

    func testInboundComplaintTypedFromTheQueue() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-23 10:30")
        var app = try w.app(ComplaintQueueScreen())
        var lines = w.run(&app, as: "wang.wu") { t in
            t.type("p粤b 12345")
            t.send(keys: .tab, .tab)                    // channel stays inbound call
            t.type("预约了却没人接待")
            t.send(keys: .tab, .left, .left)            // category: back past other to reception
            t.send(keys: .function(10))
        }.lines().trimmedRight
        XCTAssertEqual(lines[0], " Revisit · Complaints")
        XCTAssertEqual(lines[23], "Complaint P000001 opened; you own it")
        XCTAssertEqual(lines[3], " P000001   0m reception 张伟       wang.wu                   open")
        let c = try XCTUnwrap(w.store.state.complaints["P000001"])
        XCTAssertEqual(c.plateKey, "粤B12345")
        XCTAssertEqual(c.channel, .inboundCall)
        XCTAssertEqual(c.category, .reception)

        lines = w.run(&app, as: "wang.wu") { t in
            t.type("pC000009")
            t.send(keys: .tab, .tab)
            t.type("x")
            t.send(keys: .ctrl("s"))
        }.lines().trimmedRight
        XCTAssertEqual(lines[23], "No customer matches “C000009”: give a customer id, phone or plate")
        XCTAssertEqual(lines[0], " Revisit · Quick-handling form", "the form stays, with what was typed")
        lines = w.run(&app, as: "wang.wu") { t in t.send(keys: .escape) }.lines()
        XCTAssertTrue(lines.contains { $0.contains("Unsaved input will be lost. Leave this screen?") }, lines.joined(separator: "\n"))
    }

    func testAnUnsavedFormIsKeptAsADraftAndComesBack() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-23 10:30")
        var app = try w.app(ComplaintFormScreen(.init(customerID: "C000002", callID: "K000001", words: "左前门异响")))
        w.run(&app, as: "li.na") { t in
            t.send(keys: .right, .right, .right)        // category: repair quality
            t.send(keys: .tab, .right)                  // crisis: safety
            t.send(keys: .tab, .tab, .tab, .tab)
            t.type("换门锁")                             // note
        }
        let (draft, lines) = try w.keptAndResumed(app, as: "li.na")
        XCTAssertEqual(draft.kind, "complaint-form")
        XCTAssertEqual(draft.summary, "C000002: 左前门异响")
        XCTAssertEqual(MessageCatalog.drafts.label(of: draft, .korean), "불만 C000002: 左前门异响")
        XCTAssertEqual(lines[3], " Call                   K000001")
        XCTAssertEqual(lines[5], " Customer's words       左前门异响")
        XCTAssertEqual(lines[9], " Category               repair quality")
        XCTAssertEqual(lines[10], " Crisis                 safety")
        XCTAssertEqual(lines[14], " Note                   换门锁")
    }
}
