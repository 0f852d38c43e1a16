import XCTest
import RevisitCore
import RevisitStore
@testable import RevisitTUI

/// The supervisor's queue patched after saves at the same moment is the queue loaded afresh.
final class ComplaintQueueUpdateTests: XCTestCase {
    func testPatchedQueueIsTheFreshOneAfterEachSave() throws {
        let w = try ComplaintScreenWorld()
        let first = try w.open("C000001", at: "2026-11-23 10:00", responsible: "zhao.lei")
        try w.open("C000002", at: "2026-11-24 09:00", category: .partsQuality, deadline: "2026-11-24", as: "wang.wu")
        let session = StoreSession(store: w.store, actor: w.member("chen.jing")) { w.now }
        var loaded = LoadedComplaintQueue(session: session, asOf: w.now, language: .english)
        var checked = 0
        func check(_ what: String) throws {
            let patched = try XCTUnwrap(loaded.updated(session, asOf: w.now, language: .english), what)
            let fresh = LoadedComplaintQueue(session: session, asOf: w.now, language: .english)
            XCTAssertEqual(patched.standings, fresh.standings, what)
            XCTAssertEqual(patched.rows, fresh.rows, what)
            XCTAssertEqual(patched.counts, fresh.counts, what)
            loaded = patched
            checked += 1
        }
        try check("nothing new")
        let third = try w.open("C000003", at: "2026-11-25 09:00", category: .booking)
        try check("opened")
        try w.update(first, ComplaintUpdate(status: .inProgress, contacted: true), at: "2026-11-25 09:10")
        try check("contacted")
        var customer = try XCTUnwrap(w.store.state.customers["C000002"])
        customer.name = "李娜娜"
        try w.run(SaveCustomer(customer), at: "2026-11-25 09:20")
        try check("renamed")
        try w.update(third, ComplaintUpdate(status: .inProgress, contacted: true), at: "2026-11-25 10:20")
        try w.update(third, ComplaintUpdate(status: .resolved), at: "2026-11-25 10:30")
        try check("worked and resolved")
        var recall = LogCall(taskID: "recall:\(third)-1", outcome: .reached, config: w.store.config)
        recall.satisfied = true
        try w.run(recall, at: "2026-11-25 10:40")
        try check("recall call: closed")
        XCTAssertFalse(loaded.standings.contains { $0.complaint.id == third }, "closed by the recall call")
        let task = try XCTUnwrap(CallQueue.due(TaskQuery(state: w.store.state, config: w.store.config, asOf: w.now))
            .first { $0.assignee == nil && w.store.state.complaints.idsByCustomer[$0.customerID] == nil })
        let waiting = try w.open(task.customerID, at: "2026-11-25 10:45")
        try check("opened, no contact yet")
        try w.run(LogCall(taskID: task.id, outcome: .reached, config: w.store.config), at: "2026-11-25 10:55")
        try check("reached by a follow-up call")
        XCTAssertNotNil(loaded.standings.first { $0.complaint.id == waiting }?.contactedAt, "the call is the first contact")
        XCTAssertEqual(checked, 8)
    }
}
