import XCTest
@testable import RevisitTUI

final class TextTableHalvesTests: XCTestCase {
    /// A table long enough to be laid out in two halves comes out as it does in one piece.
    func testTwoHalvesJoinInRowOrder() {
        var table = TextTable([.left("Time", 11), .left("Customer"), .right("N", 4)])
        let samples = TrickyText.samples
        for i in 0 ..< TextTable.rowsForTwoHalves + 301 {
            let details = i % 3 == 0 ? [] : [samples[i % samples.count], samples[(i * 7) % samples.count]]
            table.add(["03-\(i)", samples[(i * 5) % samples.count] + " C\(i)", String(i)], details: details)
        }
        let widths = table.widths(for: 80)
        let inOnePiece = [table.line(table.columns.map(\.title), widths)] + table.lines(of: table.rows.indices, widths, width: 80)
        XCTAssertEqual(table.lines(width: 80), inOnePiece)
        XCTAssertGreaterThan(inOnePiece.count, 2 * table.rows.count)
    }
}
