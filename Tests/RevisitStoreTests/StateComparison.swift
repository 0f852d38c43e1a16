import XCTest
@testable import RevisitCore

/// Compares two states by everything readers can see: entities, indexes in their order, and
/// the call queue at several moments (which reads the visit timeline's indexes).
enum StateComparison {
    static func assertSame(_ a: StoreState, _ b: StoreState, _ context: String = "",
                           file: StaticString = #filePath, line: UInt = #line) {
        func same<T: Equatable>(_ x: T, _ y: T, _ what: String) {
            XCTAssertTrue(x == y, "\(what) differ \(context)", file: file, line: line)
        }
        same(a.customerIDs, b.customerIDs, "customer ids")
        same(a.customers, b.customers, "customers")
        same(a.customerIDByPhone, b.customerIDByPhone, "phones")
        same(a.vehicles, b.vehicles, "vehicles")
        same(a.plateKeysByCustomer, b.plateKeysByCustomer, "vehicles by owner")
        same(a.visits, b.visits, "visits")
        same(a.visitIndexByRO, b.visitIndexByRO, "visits by repair order")
        same(a.visitIndexesByCustomer, b.visitIndexesByCustomer, "visits by customer")
        same(a.lastCustomerNumber, b.lastCustomerNumber, "last customer number")
        same(a.calls.calls, b.calls.calls, "calls")
        same(a.calls.lastCallNumber, b.calls.lastCallNumber, "last call number")
        same(a.calls.claims, b.calls.claims, "claims")
        for id in a.customerIDs {
            same(a.calls.callIndexes(of: id), b.calls.callIndexes(of: id), "calls of \(id)")
            same(a.calls.mayCall(id), b.calls.mayCall(id), "whether \(id) may be called")
            same(a.lastVisit(of: id), b.lastVisit(of: id), "last visit of \(id)")
            same(a.lastPayingVisit(of: id), b.lastPayingVisit(of: id), "last paying visit of \(id)")
            same(a.complaints.complaints(of: id), b.complaints.complaints(of: id), "complaints of \(id)")
            same(a.calls.timeline.lastPayingVisit(of: id, by: CivilTime(minutes: Int(Int32.max)), a),
                 b.calls.timeline.lastPayingVisit(of: id, by: CivilTime(minutes: Int(Int32.max)), b), "latest paying visit of \(id)")
        }
        for plate in a.vehicles.values.map(\.plateKey) + ["NO-SUCH-PLATE"] {
            same(a.nextServiceDate(ofPlate: plate, at: CivilTime(minutes: Int(Int32.max)), rules: ShopConfig().rules),
                 b.nextServiceDate(ofPlate: plate, at: CivilTime(minutes: Int(Int32.max)), rules: ShopConfig().rules), "next service of \(plate)")
        }
        for call in a.calls.calls { same(a.calls.call(id: call.id), b.calls.call(id: call.id), "call \(call.id)") }
        for task in Set(a.calls.calls.map(\.taskID)) {
            same(a.calls.callIndexes(forTask: task), b.calls.callIndexes(forTask: task), "calls on \(task)")
        }
        for day in Set(a.calls.calls.map(\.callAt.date)) { same(a.calls.calls(madeOn: day), b.calls.calls(madeOn: day), "calls on \(day)") }
        same(a.complaints.ids, b.complaints.ids, "complaint ids")
        same(a.complaints.byID, b.complaints.byID, "complaints")
        same(a.complaints.resolvedIDs, b.complaints.resolvedIDs, "resolved complaints")
        same(a.complaints.latestChange, b.complaints.latestChange, "latest complaint change")
        same(a.complaints.nextID, b.complaints.nextID, "next complaint id")
        for time in ["2025-06-01 10:00", "2026-03-15 09:30", "2026-03-16 15:00", "2026-05-01 11:00"] {
            let asOf = CivilTime(time)!
            same(CallQueue.due(TaskQuery(state: a, config: ShopConfig(), asOf: asOf)),
                 CallQueue.due(TaskQuery(state: b, config: ShopConfig(), asOf: asOf)), "queues at \(time)")
        }
    }
}
