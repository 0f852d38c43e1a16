import XCTest
@testable import RevisitCore
final class PlaceholderCoreTests: XCTestCase {
    func testModuleLoads() { XCTAssertEqual(RevisitCore.version, "0.1.0") }
}
