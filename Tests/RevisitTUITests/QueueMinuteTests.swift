import XCTest
import RevisitCore
import RevisitStore
@testable import RevisitTUI

/// After the minute turns on a large store, the queue at the new minute is computed on
/// another thread (`LoadedQueue.updated`) while other reps' saves are patched in; once taken
/// it is the queue computed afresh at the new minute. On a demo store of 300 customers,
/// treated as large.
final class QueueMinuteTests: XCTestCase {
    static let today = CivilDate("2026-03-15")!
    var directory: URL!
    var now = CivilTime(date: today, hour: 9, minute: 59)

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("revisit-minute-\(UUID().uuidString)")
        try RevisitStore.create(at: directory, admin: StaffMember(login: "boss", name: "Boss", role: .admin))
        let store = try RevisitStore(opening: directory)
        for member in DemoGenerator.staff { try store.addStaff(member) }
        var generator = DemoGenerator(customers: 300, seed: 3, today: Self.today)
        let appender = try BackgroundAppender(store: directory, author: "boss")
        var history = DemoHistory(state: StoreState(), staff: store.staff, seed: 3, today: Self.today)
        history.writer = { appender.append($0) }
        _ = history.importOrders(generator.repairOrders(), as: "boss", at: CivilTime(date: Self.today, hour: 8))
        history.addCalls(config: ShopConfig())
        history.addComplaints()
        try history.finish()
        try appender.finish()
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(at: directory) }

    func testTheQueueTakenFromTheOtherThreadIsTheFreshOneAtTheNewMinute() throws {
        let store = try RevisitStore(opening: directory)
        let session = StoreSession(store: store, actor: DemoGenerator.staff[0]) { [unowned self] in now }
        var queue = LoadedQueue(session: session, language: .english)
        for (days, hour, minute) in [(0, 10, 0), (1, 10, 0), (1, 18, 0), (9, 11, 30)] {
            let before = queue.entries.map(\.task)
            now = CivilTime(date: Self.today.adding(days: days), hour: hour, minute: minute)
            queue = try XCTUnwrap(queue.updated(session, mostCustomersInline: 0), "\(now)")
            let computing = try XCTUnwrap(queue.nextMinute, "\(now)")
            XCTAssertEqual(queue.entries.map(\.task), before, "\(now)")
            try claimSomeTask(as: DemoGenerator.staff[1])
            session.refreshIfChanged()
            // The claim patched in, or the new minute's queue taken already with it.
            queue = try XCTUnwrap(queue.updated(session, mostCustomersInline: 0), "\(now)")
            XCTAssertTrue(Self.inOrder(queue.entries), "\(now)")
            _ = computing.wait()
            queue = queue.updated(session, mostCustomersInline: 0) ?? queue
            XCTAssertNil(queue.nextMinute, "\(now)")
            XCTAssertNil(queue.updated(session, mostCustomersInline: 0), "\(now)")
            let fresh = LoadedQueue(session: session, language: .english)
            XCTAssertGreaterThan(fresh.entries.count, 10, "\(now)")
            XCTAssertNotEqual(fresh.entries.map(\.task), before, "\(now)")
            XCTAssertEqual(queue.entries.map(\.task), fresh.entries.map(\.task), "\(now)")
            XCTAssertEqual(queue.entries.map(\.cells), fresh.entries.map(\.cells), "\(now)")
            XCTAssertEqual(queue.entries.map(\.takenByOther), fresh.entries.map(\.takenByOther), "\(now)")
            XCTAssertEqual(queue.matching("", kind: nil).map(\.task.id), fresh.entries.map(\.task.id), "\(now)")
        }
    }

    /// Another rep's claim on the first task at `now` anyone may take.
    func claimSomeTask(as member: StaffMember) throws {
        let other = try RevisitStore(opening: directory)
        let due = CallQueue.due(TaskQuery(state: other.state, config: other.config, asOf: now))
        let task = try XCTUnwrap(due.first { $0.claimedBy == nil && $0.assignee == nil })
        _ = try other.perform(ClaimTask(taskID: task.id, config: other.config), as: member, now: now)
    }

    static func inOrder(_ entries: [LoadedQueue.Entry]) -> Bool {
        zip(entries, entries.dropFirst()).allSatisfy { $0.place(at: .init(minutes: 0)) < $1.place(at: .init(minutes: 0)) }
    }
}
