import XCTest
@testable import RevisitTUI

final class StatusLineTests: XCTestCase {
    /// A message too long for the bottom line takes the lines above it, whole, instead of
    /// being cut; a short one stays on the bottom line.
    func testALongMessageWrapsUpwardInsteadOfBeingCut() {
        var frame = Frame(rows: 6, cols: 30)
        frame.put("body line", row: 3, col: 0)
        let message = "only the owner (zhao.min) or a supervisor may call this customer"
        StatusLine.render(into: &frame, row: 5, toast: Toast(message, kind: .error), hint: "? help")
        XCTAssertEqual(frame.lines().map { $0.trimmingCharacters(in: .whitespaces) }, [
            "", "", "",
            "only the owner (zhao.min) or a",
            "supervisor may call this",
            "customer",
        ])
        var short = Frame(rows: 6, cols: 30)
        short.put("body line", row: 4, col: 0)
        StatusLine.render(into: &short, row: 5, toast: Toast("saved K000001", kind: .success), hint: "? help")
        XCTAssertEqual(short.line(4).trimmingCharacters(in: .whitespaces), "body line")
        XCTAssertEqual(short.line(5).trimmingCharacters(in: .whitespaces), "saved K000001")
    }
}
