import XCTest
@testable import RevisitCore

/// The queue brought up to date customer by customer (`QueueImpact`, then
/// `CallQueue.due(updating:customers:_:)`) is the queue computed afresh, after every kind of
/// change the desk makes, on the demo's book of 500 customers.
final class QueueUpdateTests: XCTestCase {
    static let today = DemoHistoryTests.today
    var state = DemoHistoryTests.shared
    let config = ShopConfig()

    func query(_ now: CivilTime) -> TaskQuery { TaskQuery(state: state, config: config, asOf: now) }

    func testEveryCustomersOwnTasksMakeTheWholeQueue() {
        let everyone = Set(state.customerIDs)
        for (days, hour) in [(0, 9), (0, 10), (0, 16), (0, 19), (-40, 11), (-200, 15), (30, 10)] {
            let q = query(CivilTime(date: Self.today.adding(days: days), hour: hour))
            let whole = CallQueue.due(q)
            XCTAssertGreaterThan(whole.count, 5)
            XCTAssertNil(Self.firstDifference(CallQueue.due(updating: [], customers: everyone, q), whole), "\(q.asOf)")
            for some in [Set(whole.suffix(3).map(\.customerID)), Set(whole.prefix(40).map(\.customerID))] {
                XCTAssertNil(Self.firstDifference(CallQueue.due(updating: whole, customers: some, q), whole), "\(q.asOf), \(some.count)")
            }
        }
    }

    func testTheUpdatedQueueIsTheFreshOneAfterEveryChange() throws {
        let now = CivilTime(date: Self.today, hour: 10, minute: 30)
        var listed = CallQueue.due(query(now))
        var random = SeededRandom(seed: 11)
        var changes = 0
        /// Runs a command as `login` now; on success checks the updated queue against a fresh one.
        func check<C: Command>(_ command: C, as login: String, _ what: String) throws {
            let context = CommandContext(state: state, staff: DemoHistoryTests.staff, actor: DemoHistoryTests.staff[login]!, now: now)
            guard let (events, _) = try? command.decide(context) else { return }
            for e in events { e.apply(to: &state) }
            let q = query(now)
            let customers = try XCTUnwrap(QueueImpact.customers(touchedBy: events, q) { id in listed.first { $0.id == id }?.customerID }, what)
            XCTAssertLessThan(customers.count, 3, what)
            let updated = CallQueue.due(updating: listed, customers: customers, q)
            XCTAssertNil(Self.firstDifference(updated, CallQueue.due(q)), what)
            listed = updated
            changes += 1
        }
        for step in 0 ..< 40 {
            let task = random.pick(listed)
            let login = task.assignee ?? random.pick(["li.na", "zhao.min"])
            try check(ClaimTask(taskID: task.id, config: config), as: login, "claim \(task.id)")
            if step % 4 == 0 {
                try check(ReleaseTask(taskID: task.id), as: login, "release \(task.id)")
                continue
            }
            var call = LogCall(taskID: task.id, outcome: random.pick([.noAnswer, .busy, .reached, .callback, .wrongNumber, .refused]),
                               config: config)
            if call.outcome == .callback { call.callbackAt = now.adding(minutes: random.int(-30 ... 90)) }
            if step % 5 == 1 { call.doNotCall = "不要再打" }
            try check(call, as: login, "\(call.outcome) on \(task.id)")
            if step % 6 == 2, var customer = state.customers[random.pick(state.customerIDs)] {
                customer.name += "·改"
                customer.doNotCall = customer.doNotCall == nil ? "投诉过" : nil
                try check(SaveCustomer(customer), as: "li.na", "customer \(customer.id)")
            }
            if step % 7 == 3 {
                let customer = random.pick(state.customerIDs)
                try check(OpenComplaint(customer: customer, words: "又坏了", category: .repairQuality), as: "li.na", "complaint of \(customer)")
                let id = state.complaints.ids.last!
                for status: ComplaintStatus in [.inProgress, .resolved] {
                    try check(UpdateComplaint(id: id, update: ComplaintUpdate(status: status)), as: "li.na", "\(id) \(status)")
                }
            }
        }
        XCTAssertGreaterThan(changes, 80)
    }

    /// Where two queues first differ, told shortly; nil when they are the same.
    static func firstDifference(_ a: [CallTask], _ b: [CallTask]) -> String? {
        let common = min(a.count, b.count)
        guard let i = (0 ..< common).first(where: { a[$0] != b[$0] }) ?? (a.count == b.count ? nil : common) else { return nil }
        let describe = { (q: [CallTask]) in i < q.count ? "\(q[i].id) claimed by \(q[i].claimedBy ?? "-"), \(q[i].attempts) tries" : "the end" }
        return "at \(i) of \(a.count) and \(b.count): \(describe(a)) instead of \(describe(b))"
    }
}
