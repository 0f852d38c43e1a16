import Foundation
import XCTest
import RevisitCore
@testable import RevisitStore

final class BackgroundAppenderTests: XCTestCase {
    func testBatchesLandInOrderAndAWriteErrorComesBackFromFinish() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("revisit-appender-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try RevisitStore.create(at: dir, admin: StaffMember(login: "boss", name: "Boss", role: .admin))
        let customers = (1 ... 30).map { CustomerSaved(Customer(id: CustomerID.make($0), name: "客户\($0)", phones: ["138\($0)"])) }

        let appender = try BackgroundAppender(store: dir, author: "boss")
        for start in stride(from: 0, to: customers.count, by: 7) {
            appender.append(Array(customers[start ..< min(start + 7, customers.count)]))
        }
        try appender.finish()
        let store = try RevisitStore(opening: dir)
        XCTAssertEqual(store.state.customerIDs, customers.map(\.customer.id))
        XCTAssertEqual(store.journalLastSeq, 30)

        let refused = try BackgroundAppender(store: dir, author: "tab\there")
        refused.append(customers)
        refused.append(customers)
        XCTAssertThrowsError(try refused.finish())
        XCTAssertEqual(try RevisitStore(opening: dir).journalLastSeq, 30, "nothing written after the failure")
    }
}
