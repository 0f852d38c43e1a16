import XCTest
@testable import RevisitCore

/// The demo's history is made by the app's own commands: deterministic for a seed and day,
/// dated before that day, and covering every status the screens and reports show.
final class DemoHistoryTests: XCTestCase {
    static let today = CivilDate("2026-03-15")!
    static let staff = StaffDirectory([StaffMember(login: "boss", name: "Boss", role: .admin)] + DemoGenerator.staff)

    static func history(seed: UInt64) throws -> DemoHistory {
        var generator = DemoGenerator(customers: 1000, seed: seed, today: today)
        let context = CommandContext(state: StoreState(), staff: staff, actor: staff["boss"]!,
                                     now: CivilTime(date: today, hour: 8))
        var state = StoreState()
        for event in try ImportRepairOrders(orders: generator.repairOrders()).decide(context).events {
            event.apply(to: &state)
        }
        var history = DemoHistory(state: state, staff: staff, seed: seed, today: today)
        history.addComplaints()
        return history
    }

    func testSameSeedAndDayGiveTheSameEvents() throws {
        let a = try Self.history(seed: 7), b = try Self.history(seed: 7), c = try Self.history(seed: 8)
        XCTAssertEqual(a.events.map(\.fields), b.events.map(\.fields))
        XCTAssertNotEqual(a.events.map(\.fields), c.events.map(\.fields))
    }

    func testComplaintsCoverEveryStatusInTimeOrderBeforeToday() throws {
        let book = try Self.history(seed: 1).state.complaints
        XCTAssertGreaterThan(book.count, 150, "about one customer in five")
        let asOf = CivilTime(date: Self.today, hour: 0)
        let complaints = book.ids.compactMap { book[$0]?.asOf(asOf) }
        XCTAssertEqual(complaints.count, book.count, "every complaint was received before the demo's day")
        XCTAssertEqual(Set(complaints.map(\.status)), Set(ComplaintStatus.allCases))
        XCTAssertGreaterThan(complaints.filter { $0.status == .closed }.count, complaints.count / 2)
        XCTAssertTrue(complaints.contains { $0.reopened > 0 }, "a not-satisfied recall reopens")
        XCTAssertTrue(complaints.allSatisfy { $0.lastChangedAt < asOf })
        XCTAssertEqual(complaints.map(\.receivedAt), complaints.map(\.receivedAt).sorted(), "ids follow time")
        let languages = Set(complaints.map { DemoVocabulary.language(of: $0.words) })
        XCTAssertEqual(languages.count, 3, "Chinese words, and Korean and Spanish ones for those customers")
    }
}
