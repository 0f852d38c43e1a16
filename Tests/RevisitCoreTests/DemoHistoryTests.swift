import XCTest
@testable import RevisitCore

/// The demo's history is made by the app's own commands: deterministic for a seed and day,
/// dated before that day, and covering every status, outcome and task kind the screens and
/// reports show.
final class DemoHistoryTests: XCTestCase {
    static let today = CivilDate("2026-03-15")!
    static let staff = StaffDirectory([StaffMember(login: "boss", name: "Boss", role: .admin)] + DemoGenerator.staff)

    static func history(customers: Int, seed: UInt64) -> DemoHistory {
        var generator = DemoGenerator(customers: customers, seed: seed, today: today)
        var history = DemoHistory(state: StoreState(), staff: staff, seed: seed, today: today)
        _ = history.importOrders(generator.repairOrders(), as: "boss", at: CivilTime(date: today, hour: 8))
        history.addCalls(config: ShopConfig())
        history.addComplaints()
        return history
    }

    /// Made once for the tests that only look at it.
    static let shared = history(customers: 500, seed: 1).state

    func testSameSeedAndDayGiveTheSameEvents() {
        let a = Self.history(customers: 120, seed: 7), b = Self.history(customers: 120, seed: 7)
        let c = Self.history(customers: 120, seed: 8)
        XCTAssertEqual(a.events.map(\.fields), b.events.map(\.fields))
        XCTAssertNotEqual(a.events.map(\.fields), c.events.map(\.fields))
    }

    func testCallsCoverEveryKindAndOutcomeOverTwoYearsBeforeTheDemosMorning() throws {
        let calls = Self.shared.calls.calls
        XCTAssertGreaterThan(calls.count, 500 * 8, "about nine calls per customer")
        XCTAssertEqual(Set(calls.map(\.taskKind)), Set(TaskKind.allCases).subtracting([.complaintRecall]))
        XCTAssertEqual(Set(calls.map(\.outcome)), Set(CallOutcome.allCases))
        let first = try XCTUnwrap(calls.map(\.callAt).min()), last = try XCTUnwrap(calls.map(\.callAt).max())
        XCTAssertLessThan(first.date, Self.today.adding(days: -600))
        XCTAssertLessThan(last, CivilTime(date: Self.today, hour: 9))
        XCTAssertGreaterThan(last, CivilTime(date: Self.today.adding(days: -3), hour: 0))
        let reached = calls.filter { $0.outcome == .reached && $0.taskKind == .satisfaction }
        XCTAssertTrue(reached.allSatisfy { $0.ratings.count == ShopConfig().survey.count && $0.overall != nil })
        XCTAssertTrue(calls.filter { $0.outcome != .reached }.allSatisfy { $0.ratings.isEmpty })
        let languages = Set(calls.filter { !$0.words.isEmpty }.map { DemoVocabulary.language(of: $0.words) })
        XCTAssertEqual(languages.count, 3, "Chinese words, and Korean and Spanish ones for those customers")
        XCTAssertTrue(calls.filter { $0.outcome == .callback }.allSatisfy { ($0.callbackAt ?? $0.callAt) > $0.callAt })
    }

    func testTheQueueHasWorkOnTheDemosMorning() {
        let query = TaskQuery(state: Self.shared, config: ShopConfig(), asOf: CivilTime(date: Self.today, hour: 10))
        let due = CallQueue.due(query)
        XCTAssertGreaterThan(due.count, 10)
        XCTAssertTrue(due.contains { $0.isOverdue(at: query.asOf) }, "tasks nobody got to")
        XCTAssertGreaterThanOrEqual(Set(due.map(\.kind)).count, 3, "several rules have work, so working them out side by side is tried")
        XCTAssertEqual(CallQueue.due(query, onEveryCore: true), due, "the same queue, in the same order, on every core")
        XCTAssertEqual(CallQueue.due(query, kinds: [.maintenance, .winBack], onEveryCore: true),
                       due.filter { [.maintenance, .winBack].contains($0.kind) })
    }

    func testComplaintsCoverEveryStatusInTimeOrderBeforeToday() throws {
        let book = Self.shared.complaints
        XCTAssertGreaterThan(book.count, 60, "about one customer in five")
        let asOf = CivilTime(date: Self.today, hour: 0)
        let complaints = book.ids.compactMap { book[$0]?.asOf(asOf) }
        XCTAssertEqual(complaints.count, book.count, "every complaint was received before the demo's day")
        XCTAssertEqual(Set(complaints.map(\.status)), Set(ComplaintStatus.allCases))
        XCTAssertGreaterThan(complaints.filter { $0.status == .closed }.count, complaints.count / 2)
        XCTAssertTrue(complaints.contains { $0.reopened > 0 }, "a not-satisfied recall reopens")
        XCTAssertTrue(complaints.allSatisfy { $0.lastChangedAt < asOf })
        XCTAssertEqual(complaints.map(\.receivedAt), complaints.map(\.receivedAt).sorted(), "ids follow time")
        XCTAssertEqual(Set(complaints.map { DemoVocabulary.language(of: $0.words) }).count, 3)
        XCTAssertEqual(Set(complaints.map(\.channel)), Set(ComplaintChannel.allCases))
        let fromCalls = complaints.filter { $0.callID != nil }
        XCTAssertGreaterThan(fromCalls.count, complaints.count / 6, "a third come from problem calls")
        for complaint in fromCalls {
            let call = try XCTUnwrap(Self.shared.calls.call(id: complaint.callID!))
            XCTAssertTrue(CallCounting.isProblem(call))
            XCTAssertEqual(complaint.channel, .followUpCall)
            XCTAssertEqual(complaint.customerID, call.customerID)
            XCTAssertGreaterThan(complaint.receivedAt, call.callAt)
        }
    }

    /// The desk keeps up: what is left on the queue on the demo's morning is recent, win-back
    /// calls (which never expire) and retries after an agreed callback included.
    func testTheQueueOnTheDemosMorningHoldsOnlyRecentWork() {
        let query = TaskQuery(state: Self.shared, config: ShopConfig(), asOf: CivilTime(date: Self.today, hour: 10))
        let due = CallQueue.due(query)
        let old = due.filter { $0.dueAt.date < Self.today.adding(days: -70) }
        XCTAssertEqual(old.map(\.id), [])
        let winBackCalls = Dictionary(grouping: Self.shared.calls.calls.filter { $0.taskKind == .winBack }, by: \.customerID)
        XCTAssertTrue(winBackCalls.values.contains { Set($0.map(\.taskID)).count >= 2 }, "a customer still lost is called again")
    }

    /// Stalled complaints are this month's: the demo's complaint queue and recalls do not open
    /// on complaints left for a year.
    func testOnlyRecentComplaintsAreStillOpenOnTheDemosMorning() {
        let book = Self.shared.complaints
        let asOf = CivilTime(date: Self.today, hour: 0)
        let complaints = book.ids.compactMap { book[$0]?.asOf(asOf) }
        let old = complaints.filter { $0.receivedAt.date < Self.today.adding(days: -120) }
        XCTAssertGreaterThan(old.count, complaints.count / 2)
        XCTAssertEqual(old.filter { $0.status != .closed }.map(\.id), [])
        XCTAssertTrue(complaints.contains { $0.status != .closed }, "recent ones are still being worked")
    }

    func testBatchesGoToTheWriterInOrderAndNothingIsLeftBehind() throws {
        func run(_ writer: @escaping ([any DomainEvent]) throws -> Void) throws {
            var generator = DemoGenerator(customers: 60, seed: 3, today: Self.today)
            var history = DemoHistory(state: StoreState(), staff: Self.staff, seed: 3, today: Self.today)
            history.batch = 100
            history.writer = writer
            _ = history.importOrders(generator.repairOrders(), as: "boss", at: CivilTime(date: Self.today, hour: 8))
            history.addCalls(config: ShopConfig())
            history.addComplaints()
            try history.finish()
            XCTAssertEqual(history.events.count, 0)
        }
        var batches: [[[String]]] = []
        try run { batches.append($0.map(\.fields)) }
        XCTAssertGreaterThan(batches.count, 3)
        XCTAssertTrue(batches.dropLast().allSatisfy { $0.count >= 100 })
        XCTAssertEqual(batches.flatMap { $0 }, Self.history(customers: 60, seed: 3).events.map(\.fields))
        struct Full: Error {}
        XCTAssertThrowsError(try run { _ in throw Full() }) { XCTAssertTrue($0 is Full) }
    }
}
