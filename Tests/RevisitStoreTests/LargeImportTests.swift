import Foundation
import XCTest
import RevisitCore
@testable import RevisitStore

/// An import large enough to be applied while the journal writes it.
final class LargeImportTests: StoreTestCase {
    /// `rows` orders of `rows / 2` customers, each with one car and two visits.
    func orders(_ rows: Int, first: Int = 0) throws -> [RepairOrder] {
        var text = "ro_number,customer_name,phone,plate,model,visit_type,opened_at,delivered_at,items\n"
        for i in first ..< first + rows {
            let owner = i / 2
            text += "RO-\(i),客户\(owner),139\(String(owner + 10_000_000)),粤B·\(String(owner + 100_000)),朗逸,repair,"
                + "2026-0\(1 + i % 9)-02 09:00,2026-0\(1 + i % 9)-02 15:00,\"更换机油, 机滤 \(i)\"\n"
        }
        let file = try RepairOrderFile(data: Data(text.utf8), name: "big.csv")
        XCTAssertEqual(file.problems, [])
        return file.orders
    }

    func assertSameState(_ a: StoreState, _ b: StoreState, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.customers, b.customers, file: file, line: line)
        XCTAssertEqual(a.customerIDs, b.customerIDs, file: file, line: line)
        XCTAssertEqual(a.vehicles, b.vehicles, file: file, line: line)
        XCTAssertEqual(a.visits, b.visits, file: file, line: line)
        XCTAssertEqual(a.visitIndexesByCustomer, b.visitIndexesByCustomer, file: file, line: line)
    }

    func testALargeImportLeavesTheStateAReopenedStoreReads() throws {
        let store = try RevisitStore(opening: dir)
        let orders = try orders(3_000)
        let summary = try store.perform(ImportRepairOrders(orders: orders), as: admin, now: now)
        XCTAssertEqual(summary.customersAdded + summary.vehiclesAdded + summary.visitsAdded, 6_000)
        XCTAssertGreaterThanOrEqual(6_000, Journal.concurrentBatch, "the batch is written alongside")
        assertSameState(store.state, try RevisitStore(opening: dir).state)
        XCTAssertEqual(store.recentEvents.count, 6_000)
        XCTAssertEqual((store.recentEvents.since(5_990)?.last as? VisitSaved)?.visit.roNumber, "RO-2999")
        XCTAssertNil(store.recentEvents.since(0), "a large batch keeps only its latest events")
        XCTAssertEqual(try store.perform(ImportRepairOrders(orders: orders), as: admin, now: now), ImportSummary())
    }

    func testAnImportNotAppliedIsTakenByTheNextReadAsAnotherProcesssLinesAre() throws {
        for rows in [3_000, 10] {   // written alongside, and after
            try? FileManager.default.removeItem(at: dir)
            try RevisitStore.create(at: dir, admin: admin)
            let store = try RevisitStore(opening: dir)
            let before = store.state
            let summary = try store.perform(ImportRepairOrders(orders: try orders(rows)), as: admin, now: now, applying: false)
            XCTAssertEqual(summary.visitsAdded, rows)
            assertSameState(store.state, before)
            XCTAssertTrue(store.hasNewData(), "\(rows) rows")

            XCTAssertTrue(try store.refresh())
            assertSameState(store.state, try RevisitStore(opening: dir).state)
            XCTAssertEqual(store.state.visits.count, rows)
            XCTAssertEqual(try store.perform(ImportRepairOrders(orders: try orders(rows + 2)), as: admin, now: now).visitsAdded, 2,
                           "the next command decides on every order already imported")
            assertSameState(store.state, try RevisitStore(opening: dir).state)
        }
    }

    func testAFailedLargeWriteLeavesOnlyWhatIsOnDisk() throws {
        let store = try RevisitStore(opening: dir)
        _ = try store.perform(ImportRepairOrders(orders: try orders(10)), as: admin, now: now)
        let journalBefore = try journalBytes()
        let stateBefore = store.state
        let big = try orders(3_000, first: 10)

        // Files may not grow past their size now: the large write fails after the state took it.
        let ignoreSignal = signal(SIGXFSZ, SIG_IGN)
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit)
        var low = limit
        low.rlim_cur = rlim_t(journalBefore.count + 100)
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &low)
        XCTAssertThrowsError(try store.perform(ImportRepairOrders(orders: big), as: admin, now: now))
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit)
        signal(SIGXFSZ, ignoreSignal)

        XCTAssertEqual(try journalBytes(), journalBefore)
        assertSameState(store.state, stateBefore)
        let summary = try store.perform(ImportRepairOrders(orders: big), as: admin, now: now)
        XCTAssertEqual(summary.visitsAdded, 3_000)
        assertSameState(store.state, try RevisitStore(opening: dir).state)
    }

    func journalBytes() throws -> Data {
        let journal = dir.appendingPathComponent("journal")
        return try FileManager.default.contentsOfDirectory(atPath: journal.path).sorted()
            .filter { $0.hasSuffix(".log") }
            .reduce(into: Data()) { $0 += try Data(contentsOf: journal.appendingPathComponent($1)) }
    }
}
