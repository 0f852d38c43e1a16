import XCTest
@testable import RevisitTUI

final class TableTests: XCTestCase {
    private func makeTable() -> Table {
        Table(columns: [
            TableColumn("Name", width: .flexible(min: 6)),
            TableColumn("City", width: .fixed(6)),
            TableColumn("Due", width: .fixed(5), alignment: .right),
        ], rows: [
            TableRow(["张伟", "北京", "5"]),
            TableRow(["María", "Sevilla", "12"]),
            TableRow(["김민준", "서울", "3"]),
            TableRow(["欧阳娜娜欧阳娜娜", "广州", "1"], style: .color(.overdue)),
        ])
    }

    private func render(_ table: Table) -> Frame {
        var frame = Frame(rows: 3, cols: 24)
        table.render(into: &frame, region: frame.bounds)
        return frame
    }

    func testColumnsAlignByDisplayWidth() {
        let frame = render(makeTable())
        XCTAssertEqual(frame.lines(), [
            "Name        City     Due",
            "张伟        北京       5",
            "María       Sevil…    12",
        ])
        XCTAssertTrue(frame[1, 0].style.reverse)    // the selected row, all across
        XCTAssertTrue(frame[1, 23].style.reverse)
        XCTAssertFalse(frame[2, 0].style.reverse)
        XCTAssertTrue(frame[0, 0].style.bold)
    }

    /// On a wide terminal a capped name column stops growing: the columns after it stay beside
    /// it and the slack is left at the right, where the selected row's bar still reaches.
    func testACappedColumnLeavesItsSlackAtTheRight() {
        var table = makeTable()
        table.columns[0].width = .flexible(min: 6, max: 8)
        var frame = Frame(rows: 2, cols: 40)
        table.render(into: &frame, region: frame.bounds)
        XCTAssertEqual(frame.lines().map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) },
                       ["Name     City     Due", "张伟     北京       5"])
        XCTAssertTrue(frame[1, 39].style.reverse)
        XCTAssertEqual(makeTable().columnWidths(total: 40), [27, 6, 5], "uncapped, it takes all the slack")
        let shared = Table(columns: [TableColumn("Name", width: .flexible(min: 6, max: 8)), TableColumn("ID", width: .fixed(4)),
                                     TableColumn("Plates", width: .flexible(min: 6))], rows: [])
        XCTAssertEqual(shared.columnWidths(total: 40), [8, 4, 26], "what the capped column leaves goes to the other")
        XCTAssertEqual(shared.columnWidths(total: 20), [7, 4, 7], "below the cap they share evenly")
    }

    /// Too narrow for every column at its narrowest, the columns that give way go, lowest rank
    /// first and only as many as needed; the others keep their place and their widths.
    func testColumnsGiveWayInTheirOrderOnANarrowTerminal() {
        var table = makeTable()
        table.columns[1].givesWay = 1
        table.columns[0].givesWay = 2
        XCTAssertEqual(table.columnWidths(total: 19), [6, 6, 5], "room for all three at their narrowest")
        XCTAssertEqual(table.columnWidths(total: 18), [12, 0, 5], "the city goes first, and its gap with it")
        XCTAssertEqual(table.columnWidths(total: 12), [6, 0, 5])
        XCTAssertEqual(table.columnWidths(total: 11), [0, 0, 5], "then the name; the due date never")
        var frame = Frame(rows: 2, cols: 13)
        table.render(into: &frame, region: frame.bounds)
        XCTAssertEqual(frame.lines(), ["Name      Due", "张伟        5"])
    }

    func testSelectionScrollsIntoView() {
        var table = makeTable()
        for _ in 0..<3 { XCTAssertTrue(table.handle(.moveDown, height: 3)) }
        XCTAssertEqual(table.selectedIndex, 3)
        XCTAssertTrue(table.handle(.moveDown, height: 3))   // stays on the last row
        XCTAssertEqual(table.selectedIndex, 3)
        let frame = render(table)
        XCTAssertEqual(frame.lines(), [
            "Name        City     Due",
            "김민준      서울       3",
            "欧阳娜娜欧… 广州       1",
        ])
        XCTAssertTrue(frame[2, 0].style.reverse)
        XCTAssertEqual(frame[2, 0].style.color, .overdue)
        XCTAssertTrue(table.handle(.first, height: 3))
        XCTAssertEqual(render(table).lines()[1], "张伟        北京       5")
        XCTAssertFalse(table.handle(.select, height: 3))
    }

    func testPagingAndReload() {
        var table = makeTable()
        XCTAssertTrue(table.handle(.pageDown, height: 4))   // 3 data rows: a page is 2
        XCTAssertEqual(table.selectedIndex, 2)
        XCTAssertTrue(table.handle(.pageUp, height: 4))
        XCTAssertEqual(table.selectedIndex, 0)
        XCTAssertTrue(table.handle(.last, height: 4))
        table.setRows(Array(makeTable().rows.prefix(2)))
        XCTAssertEqual(table.selectedIndex, 1)
        table.setRows([])
        XCTAssertNil(table.selectedIndex)
        XCTAssertTrue(table.handle(.moveDown, height: 4))
        XCTAssertNil(table.selectedRow)
    }
}
