import XCTest
@testable import RevisitCore

final class ComplaintCommandTests: XCTestCase {
    var f = ComplaintFixture()

    func testOpenKeepsTheWordsVerbatimAndMakesTheActorOwner() throws {
        let words = "  刹车有异响\n\t第二次了！ \u{3000}"
        let id = try f.run(OpenComplaint(customer: "粤B 12345", words: words, category: .repairQuality,
                                         responsible: "赵磊", deadline: CivilDate("2026-11-25"), note: "来电"),
                           as: "wang.wu", at: "2026-11-23 10:05")
        XCTAssertEqual(id, "P000001")
        let c = try XCTUnwrap(f.state.complaints[id])
        XCTAssertEqual(Array(c.words.utf8), Array(words.utf8))
        XCTAssertEqual(c.owner, "wang.wu")
        XCTAssertEqual(c.customerID, "C000001")
        XCTAssertEqual(c.plateKey, "粤B12345")
        XCTAssertEqual(c.channel, .inboundCall)
        XCTAssertEqual(c.responsible, "zhao.lei")
        XCTAssertEqual(c.department, "workshop")
        XCTAssertEqual(c.deadline, CivilDate("2026-11-25"))
        XCTAssertEqual(c.deadlineSignedBy, "wang.wu")
        XCTAssertEqual(c.status, .open)
        XCTAssertEqual(c.history, [ComplaintHistoryEntry(
            at: ComplaintFixture.time("2026-11-23 10:05"), by: "wang.wu",
            changes: [.opened, .category(.repairQuality), .department("workshop"), .responsible("zhao.lei"),
                      .deadline(CivilDate("2026-11-25")!)], note: "来电")])
        XCTAssertEqual(c.history[0].what, "opened; category repair-quality; department workshop; responsible zhao.lei; "
                       + "deadline 2026-11-25 (signed by wang.wu)")

        let second = try f.run(OpenComplaint(customer: "34612345678", callID: "K000007", words: "No me llamaron",
                                             category: .booking), as: "li.na", at: "2026-11-23 11:00")
        XCTAssertEqual(second, "P000002")
        XCTAssertEqual(f.state.complaints[second]?.channel, .followUpCall)
        XCTAssertNil(f.state.complaints[second]?.plateKey)
        XCTAssertEqual(f.state.complaints.complaints(of: "C000002").map(\.id), ["P000002"])
        XCTAssertEqual(f.state.complaints.find("p2")?.id, "P000002")
    }

    func testOpenRefusesBadInputSayingWhat() throws {
        func refused(_ command: OpenComplaint) -> String? {
            var g = f
            return expectRefusal { try g.run(command, as: "li.na", at: "2026-11-23 10:00") }?.message
        }
        XCTAssertEqual(refused(OpenComplaint(customer: "C000009", words: "x", category: .other)),
                       "no customer matches \"C000009\" (give a customer id, phone or plate)")
        XCTAssertEqual(refused(OpenComplaint(customer: "C000001", words: " \n ", category: .other)),
                       "the customer's words are empty; record what the customer said")
        XCTAssertEqual(refused(OpenComplaint(customer: "C000001", plate: "京A88888", words: "x", category: .other)),
                       "vehicle 京A88888 belongs to customer C000002, not to C000001")
        XCTAssertEqual(refused(OpenComplaint(customer: "C000001", plate: "沪C1", words: "x", category: .other)),
                       "no vehicle with plate \"沪C1\"")
        XCTAssertEqual(refused(OpenComplaint(customer: "C000001", words: "x", category: .other, responsible: "nobody")),
                       "responsible person \"nobody\" is not on the staff list")
        XCTAssertEqual(refused(OpenComplaint(customer: "C000001", words: "x", category: .other,
                                             deadline: CivilDate("2026-11-22"))),
                       "deadline 2026-11-22 is before the complaint is received (2026-11-23)")
        XCTAssertEqual(refused(OpenComplaint(customer: "C000001", words: String(repeating: "字", count: 4001), category: .other)),
                       "the customer's words are 4001 characters; at most 4000 are kept")
        XCTAssertEqual(try ComplaintCategory.parse("Parts-Quality", what: "category"), .partsQuality)
        XCTAssertEqual(expectRefusal { _ = try ComplaintCrisis.parse("fire", what: "crisis") }?.message,
                       "crisis \"fire\" is not known; use none, safety, large-sum, media, lawyer, police, "
                       + "consumer-association, government or other-risk")
        XCTAssertEqual(f.state.complaints.count, 0)
    }

    func testOnlyOwnerOrSupervisorUpdates() throws {
        let id = try f.open(as: "li.na", at: "2026-11-23 10:00")
        XCTAssertEqual(expectRefusal { try f.status(id, .inProgress, as: "wang.wu", at: "2026-11-23 10:10") },
                       .notAllowed("only the owner (li.na) or a supervisor may update complaint P000001; you are rep wang.wu"))
        try f.status(id, .inProgress, as: "chen.jing", at: "2026-11-23 10:10")
        XCTAssertEqual(f.state.complaints[id]?.status, .inProgress)
        XCTAssertEqual(expectRefusal { try f.update(id, as: "li.na", at: "2026-11-23 10:20", ComplaintUpdate()) }?.message,
                       "nothing to change in complaint P000001: give a status, a note, a contact, a resolution, "
                       + "a responsible person or a deadline")
    }

    func testOnlyASupervisorReassigns() throws {
        let id = try f.open(as: "li.na", at: "2026-11-23 10:00")
        // Assigning a complaint that has no responsible person yet is the owner's job.
        try f.update(id, as: "li.na", at: "2026-11-23 10:05", ComplaintUpdate(responsible: "zhao.lei"))
        XCTAssertEqual(f.state.complaints[id]?.department, "workshop")
        XCTAssertEqual(expectRefusal { try f.update(id, as: "li.na", at: "2026-11-23 10:10", ComplaintUpdate(responsible: "wang.wu")) },
                       .notAllowed("only a supervisor may reassign complaint P000001; you are rep li.na"))
        XCTAssertEqual(expectRefusal { try f.update(id, as: "li.na", at: "2026-11-23 10:10", ComplaintUpdate(owner: "wang.wu")) },
                       .notAllowed("only a supervisor may reassign complaint P000001; you are rep li.na"))
        try f.update(id, as: "chen.jing", at: "2026-11-23 10:20", ComplaintUpdate(owner: "wang.wu"), note: "李娜休假")
        XCTAssertEqual(f.state.complaints[id]?.owner, "wang.wu")
        XCTAssertEqual(expectRefusal { try f.update(id, as: "li.na", at: "2026-11-23 10:30", ComplaintUpdate(contacted: true)) }?.message,
                       "only the owner (wang.wu) or a supervisor may update complaint P000001; you are rep li.na")
    }

    func testSignedDeadlineChangesOnlyBySupervisorWithReason() throws {
        let id = try f.open(as: "li.na", at: "2026-11-23 10:00", responsible: "zhao.lei")
        // The responsible person signs the first deadline, and may add notes, nothing more.
        try f.update(id, as: "zhao.lei", at: "2026-11-23 10:30", ComplaintUpdate(deadline: CivilDate("2026-11-26")), note: "需要订件")
        XCTAssertEqual(f.state.complaints[id]?.deadlineSignedBy, "zhao.lei")
        XCTAssertEqual(expectRefusal { try f.status(id, .inProgress, as: "zhao.lei", at: "2026-11-23 10:40") },
                       .notAllowed("only the owner (li.na) or a supervisor may change the status of complaint P000001; "
                                   + "you are advisor zhao.lei"))
        XCTAssertEqual(expectRefusal { try f.update(id, as: "li.na", at: "2026-11-23 11:00", ComplaintUpdate(deadline: CivilDate("2026-11-28"))) },
                       .notAllowed("only a supervisor may change the signed deadline of complaint P000001 "
                                   + "(2026-11-26, signed by zhao.lei); you are rep li.na"))
        XCTAssertEqual(expectRefusal { try f.update(id, as: "chen.jing", at: "2026-11-23 11:00", ComplaintUpdate(deadline: CivilDate("2026-11-28"))) },
                       .invalid("changing the signed deadline of complaint P000001 needs a reason in the note"))
        try f.update(id, as: "chen.jing", at: "2026-11-23 11:00", ComplaintUpdate(deadline: CivilDate("2026-11-28")), note: "配件延迟到货")
        let c = try XCTUnwrap(f.state.complaints[id])
        XCTAssertEqual(c.deadline, CivilDate("2026-11-28"))
        XCTAssertEqual(c.deadlineSignedBy, "chen.jing")
        XCTAssertEqual(c.history.last?.what, "deadline 2026-11-28 (signed by chen.jing)")
        XCTAssertEqual(c.history.last?.note, "配件延迟到货")
        XCTAssertEqual(expectRefusal { try f.update(id, as: "chen.jing", at: "2026-11-30 09:00", ComplaintUpdate(deadline: CivilDate("2026-11-29")), note: "x") }?.message,
                       "deadline 2026-11-29 is in the past (today is 2026-11-30)")
    }

    func testStatusTransitions() throws {
        let id = try f.open(at: "2026-11-23 10:00")
        XCTAssertEqual(expectRefusal { try f.status(id, .resolved, at: "2026-11-23 10:10") }?.message,
                       "complaint P000001 cannot go from open to resolved; from open it may go to in-progress")
        XCTAssertEqual(expectRefusal { try f.status(id, .open, at: "2026-11-23 10:10") }?.message,
                       "complaint P000001 is already open")
        try f.status(id, .inProgress, at: "2026-11-23 10:10")
        try f.status(id, .waiting, at: "2026-11-23 10:20")
        XCTAssertEqual(expectRefusal { try f.status(id, .resolved, at: "2026-11-23 10:30") }?.message,
                       "complaint P000001 cannot go from waiting to resolved; from waiting it may go to in-progress")
        try f.status(id, .inProgress, at: "2026-11-23 10:30")
        try f.status(id, .resolved, at: "2026-11-23 10:40")
        XCTAssertEqual(expectRefusal { try f.status(id, .closed, at: "2026-11-23 10:50") },
                       .notAllowed("only a supervisor may close complaint P000001 without a satisfied recall; you are rep li.na"))
        XCTAssertEqual(expectRefusal { try f.status(id, .inProgress, at: "2026-11-23 10:39") }?.message,
                       "complaint P000001 was last changed at 2026-11-23 10:40; a change cannot be dated 2026-11-23 10:39, before it")
        try f.status(id, .closed, as: "chen.jing", at: "2026-11-23 10:50", note: "客户已不再追究")
        XCTAssertEqual(f.state.complaints[id]?.status, .closed)
    }

    func testRecallClosesOrReopens() throws {
        let id = try f.open(at: "2026-11-23 10:00")
        XCTAssertEqual(expectRefusal { try f.run(UpdateComplaint.recall(id, satisfied: true), as: "li.na", at: "2026-11-23 10:05") }?.message,
                       "complaint P000001 is open; a recall is made once it is resolved")
        try f.status(id, .inProgress, at: "2026-11-23 10:10")
        try f.update(id, as: "li.na", at: "2026-11-24 11:00", ComplaintUpdate(status: .resolved, resolution: "重新紧固底盘螺丝"))
        try f.run(UpdateComplaint.recall(id, satisfied: false, callID: "K000003", note: "还是响"), as: "li.na", at: "2026-11-25 10:00")
        XCTAssertEqual(f.state.complaints[id]?.status, .inProgress)
        XCTAssertEqual(f.state.complaints[id]?.reopened, 1)
        try f.status(id, .resolved, at: "2026-11-26 16:00")
        try f.run(UpdateComplaint.recall(id, satisfied: true, callID: "K000009", summary: "交车前必须路试"),
                  as: "li.na", at: "2026-11-27 10:00")
        var c = try XCTUnwrap(f.state.complaints[id])
        XCTAssertEqual(c.status, .closed)
        XCTAssertEqual(c.reopened, 1)
        XCTAssertEqual(c.improvementSummary, "交车前必须路试")
        XCTAssertEqual(c.history.last?.what, "recall K000009: satisfied; status resolved -> closed; summary for improvement recorded")

        XCTAssertEqual(expectRefusal { try f.update(id, as: "li.na", at: "2026-11-28 10:00", ComplaintUpdate(resolution: "x")) }?.message,
                       "complaint P000001 is closed; only a note, or a supervisor's reopen, may change it")
        XCTAssertEqual(expectRefusal { try f.status(id, .inProgress, at: "2026-11-28 10:00") },
                       .notAllowed("only a supervisor may reopen closed complaint P000001; you are rep li.na"))
        try f.update(id, as: "li.na", at: "2026-11-28 10:00", ComplaintUpdate(), note: "客户送了锦旗")
        try f.status(id, .inProgress, as: "chen.jing", at: "2026-11-28 11:00", note: "客户又来电")
        c = try XCTUnwrap(f.state.complaints[id])
        XCTAssertEqual(c.reopened, 2)

        // Satisfied with no summary: the note is the summary.
        try f.status(id, .resolved, at: "2026-11-28 12:00")
        try f.run(UpdateComplaint.recall(id, satisfied: true, note: "满意"), as: "li.na", at: "2026-11-28 15:00")
        XCTAssertEqual(f.state.complaints[id]?.improvementSummary, "满意")
    }

    func testEveryCommandAppendsOneHistoryEntry() throws {
        let id = try f.open(at: "2026-11-23 10:00")
        try f.update(id, as: "li.na", at: "2026-11-23 10:20", ComplaintUpdate(status: .inProgress, contacted: true), note: "已回电，约好明天进店")
        try f.update(id, as: "li.na", at: "2026-11-23 10:30", ComplaintUpdate(), note: "只是备注")
        try f.update(id, as: "chen.jing", at: "2026-11-23 11:00", ComplaintUpdate(crisis: .safety, responsible: "zhao.lei"))
        let h = try XCTUnwrap(f.state.complaints[id]).history
        XCTAssertEqual(h.map(\.by), ["li.na", "li.na", "li.na", "chen.jing"])
        XCTAssertEqual(h.map(\.at.description), ["2026-11-23 10:00", "2026-11-23 10:20", "2026-11-23 10:30", "2026-11-23 11:00"])
        XCTAssertEqual(h.map(\.what), ["opened; category repair-quality", "status open -> in-progress; contacted the customer",
                                       "", "crisis safety; department workshop; responsible zhao.lei"])
        XCTAssertEqual(h.map(\.note), ["", "已回电，约好明天进店", "只是备注", ""])
        XCTAssertEqual(f.state.complaints[id]?.firstContactAt, ComplaintFixture.time("2026-11-23 10:20"))
    }

    func testAStaleEditIsRefused() throws {
        let id = try f.open(at: "2026-11-23 10:00")
        try f.status(id, .inProgress, as: "chen.jing", at: "2026-11-23 10:10")
        let stale = UpdateComplaint(id: id, update: ComplaintUpdate(status: .waiting), expectedVersion: 1)
        XCTAssertEqual(expectRefusal { try f.run(stale, as: "li.na", at: "2026-11-23 10:20") },
                       .conflict("complaint P000001 was changed by chen.jing at 2026-11-23 10:10 since you read it; look again"))
        XCTAssertEqual(expectRefusal { try f.status("P000404", .waiting, at: "2026-11-23 10:20") }, .notFound("no complaint P000404"))
    }

    func testEventsRoundTripAndReplay() throws {
        var events: [any DomainEvent] = []
        func run<C: Command>(_ c: C, _ who: String, _ at: String) throws {
            let (e, _) = try c.decide(f.context(who, at))
            for x in e { x.apply(to: &f.state) }
            events += e
        }
        try run(OpenComplaint(customer: "C000001", callID: "K1", channel: .walkIn, words: "a\tb\nc\\d", category: .warrantyClaim,
                              crisis: .consumerAssociation, responsible: "zhao.lei", deadline: CivilDate("2026-11-30"), note: "n"),
                "li.na", "2026-11-23 10:00")
        try run(UpdateComplaint(id: "P000001", update: ComplaintUpdate(status: .inProgress, contacted: true, category: .partsQuality)),
                "li.na", "2026-11-23 10:30")
        try run(UpdateComplaint(id: "P000001", update: ComplaintUpdate(status: .resolved, resolution: "退款 ¥200")), "li.na", "2026-11-24 10:30")
        try run(UpdateComplaint.recall("P000001", satisfied: true, callID: "K2", summary: "s"), "li.na", "2026-11-25 10:30")

        var replayed = StoreState()
        for e in events {
            let decoded = try EventRegistry.decode(type: type(of: e).type, fields: ArrayFieldReader(e.fields))
            XCTAssertEqual(decoded.fields, e.fields)
            decoded.apply(to: &replayed)
        }
        XCTAssertEqual(replayed.complaints["P000001"], f.state.complaints["P000001"])
        XCTAssertEqual(replayed.complaints.nextID, "P000002")
        XCTAssertThrowsError(try ComplaintUpdated(fields: ArrayFieldReader(["P000001", "2026-11-23 10:00", "x", "", "done"]
                                                                             + Array(repeating: "", count: 11))))
    }
}
