import Foundation
import XCTest
import RevisitCore
@testable import RevisitStore

/// A fresh store per test, made by its admin, removed afterwards.
class StoreTestCase: XCTestCase {
    var dir: URL!
    let admin = StaffMember(login: "boss", name: "Boss", role: .admin)
    let now = CivilTime("2026-11-23 10:00")!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("revisit-store-\(UUID().uuidString)")
        try RevisitStore.create(at: dir, admin: admin)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }
}
