import Foundation
import RevisitCore
import XCTest
@testable import RevisitStore

final class ReportExportTests: XCTestCase {
    func table(_ rows: [[ReportTable.Cell]]) -> ReportTable {
        ReportTable(name: "problems", columns: ["customer", "words", "change"], rows: rows)
    }

    func testFileStartsWithTheByteOrderMarkAndEndsLinesWithCRLF() {
        let bytes = [UInt8](ExcelCSV.data(table([[.text("张伟"), .text("很好"), .number("1.5")]])))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertEqual(text, "customer,words,change\r\n张伟,很好,1.5\r\n")
    }

    func testFormulaLookingTextIsMadeInert() {
        let cells = ["=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx", "=1+1,2", "plain", "", "'quoted", " =1"]
        let data = ExcelCSV.data(ReportTable(name: "t", columns: ["w"], rows: cells.map { [.text($0)] }))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let expected = "w\r\n'=SUM(A1)\r\n'+1\r\n'-2\r\n'@x\r\n'\tx\r\n\"'\rx\"\r\n\"'=1+1,2\"\r\nplain\r\n\r\n'quoted\r\n =1\r\n"
        XCTAssertEqual(text, expected)
        // Read back with the project's RFC 4180 reader: every formula cell now starts with '.
        let rows = try! CSVReader.rows(data)
        XCTAssertEqual(rows.map { $0.cells[0] }, ["w", "'=SUM(A1)", "'+1", "'-2", "'@x", "'\tx", "'\rx", "'=1+1,2", "plain", "'quoted", " =1"])
    }

    func testReportNumbersStayNumericButNumberCellsThatAreNotNumbersAreInert() {
        let data = ExcelCSV.data(table([[.number("-1.4"), .number("-12"), .number("=1+2")], [.number("92.5"), .figure(nil), .count(0)]]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertEqual(text, "customer,words,change\r\n-1.4,-12,'=1+2\r\n92.5,,0\r\n")
        XCTAssertFalse(ExcelCSV.isPlainNumber("-"))
        XCTAssertFalse(ExcelCSV.isPlainNumber("1."))
        XCTAssertFalse(ExcelCSV.isPlainNumber("-1e5"))
        XCTAssertTrue(ExcelCSV.isPlainNumber("100.0"))
    }

    func testQuotingFollowsRFC4180() {
        let data = ExcelCSV.data(table([[.text("a,b"), .text("say \"hi\""), .text("two\nlines")]]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertEqual(text, "customer,words,change\r\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
    }

    func testTablesGoToSiblingFilesNamedAfterTheFirst() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("revisit-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let summary = ReportTable(name: "summary", columns: ["figure", "value"], rows: [[.text("calls"), .count(3)]])
        let complaints = ReportTable(name: "complaints", columns: ["id"], rows: [[.text("P000001")]])
        let written = try ExcelCSV.write([summary, complaints], to: dir.appendingPathComponent("oct.csv"))
        XCTAssertEqual(written.map(\.lastPathComponent), ["oct.csv", "oct.complaints.csv"])
        XCTAssertEqual(try Data(contentsOf: written[0]), ExcelCSV.data(summary))
        XCTAssertEqual(try Data(contentsOf: written[1]), ExcelCSV.data(complaints))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testStandardOutputHasOneMarkAndAnEmptyLineBetweenTables() {
        let a = ReportTable(name: "a", columns: ["x"], rows: [[.count(1)]])
        let b = ReportTable(name: "b", columns: ["y"], rows: [[.count(2)]])
        let bytes = [UInt8](ExcelCSV.concatenated([a, b]))
        XCTAssertEqual(Array(bytes.prefix(3)), ExcelCSV.byteOrderMark)
        XCTAssertEqual(String(decoding: bytes.dropFirst(3), as: UTF8.self), "x\r\n1\r\n\r\ny\r\n2\r\n")
    }

    func testJSONWritesExactDecimalsInOrderAndEscapesControls() {
        let v = JSONValue.object([("b", .figure(Percentage(1, of: 3))), ("a", .figure(Percentage(1, of: 1))),
                                  ("n", .figure(Percentage(0, of: 0))), ("s", .string("张\"\n\u{1B}")),
                                  ("l", .array([.int(1), .bool(false)])), ("e", .object([]))])
        XCTAssertEqual(v.text(), """
        {
          "b": 33.3,
          "a": 100.0,
          "n": null,
          "s": "张\\"\\n\\u001b",
          "l": [
            1,
            false
          ],
          "e": {}
        }
        """)
        let parsed = try? JSONSerialization.jsonObject(with: Data(v.text().utf8)) as? [String: Any]
        XCTAssertEqual(parsed?["s"] as? String, "张\"\n\u{1B}")
        // Punctuation that shares U+2028's first byte stays as it is; U+2028 itself is escaped.
        XCTAssertEqual(JSONValue.string("“好”\u{2028}·").text(), "\"“好”\\u2028·\"")
        XCTAssertEqual(JSONValue.string("María 김민준").text(), "\"María 김민준\"")
    }
}
