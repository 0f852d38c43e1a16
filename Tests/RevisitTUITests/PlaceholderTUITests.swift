import XCTest
@testable import RevisitTUI
import RevisitCore
final class PlaceholderTUITests: XCTestCase {
    func testModuleLoads() { XCTAssertEqual(RevisitCore.version, "0.1.0") }
}
