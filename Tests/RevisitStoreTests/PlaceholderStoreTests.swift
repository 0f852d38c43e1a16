import XCTest
@testable import RevisitStore
import RevisitCore
final class PlaceholderStoreTests: XCTestCase {
    func testModuleLoads() { XCTAssertEqual(RevisitCore.version, "0.1.0") }
}
