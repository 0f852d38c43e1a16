import Foundation
import XCTest
@testable import RevisitStore

final class RoundTripTests: JournalTestCase {
    static let awkwardFields = [
        "", "plain", "back\\slash", "tab\there", "new\nline", "cr\rlf\r\n", "nul\u{0}byte",
        "张伟 粤B·12345 서울12가3456", "esc \u{1b}[31mred\u{1b}[0m bell\u{07}", "\\t is not a tab", "\\",
        "trailing backslash\\", "\t\n\r\u{0}\\", String(repeating: "长文本🙂", count: 1000), "",
    ]

    func testEveryEscapeCJKAndEmptyFieldSurviveAnotherInstance() throws {
        let writer = try makeJournal()
        let record = PendingRecord(author: "zhang.wei", type: "customer.added", fields: Self.awkwardFields)
        let committed = try appendAll(writer, [record, PendingRecord(author: "x", type: "no.fields", fields: []),
                                               PendingRecord(author: "x", type: "one.empty", fields: [""])])
        XCTAssertEqual(committed.map(\.seq), [1, 2, 3])
        XCTAssertEqual(committed[0].time, "2026-11-23T17:39:10+08:00")

        let read = try Journal(directory: journalURL).readNew()
        XCTAssertEqual(read, committed)
        XCTAssertEqual(read[0].fields, Self.awkwardFields)
        XCTAssertEqual(read[0].fields[13].count, 4000)
        XCTAssertEqual(read[1].fields, [])
        XCTAssertEqual(read[2].fields, [""])
    }

    func testLineOnDiskIsGreppableAndEscapesOnlyTheFiveBytes() throws {
        let journal = try makeJournal()
        try appendAll(journal, [PendingRecord(author: "li", type: "t", fields: ["张伟\t\u{1b}x", "a\\b\n\r\u{0}"])])
        let text = try String(contentsOf: onlySegment(), encoding: .utf8)
        let body = "1\t2026-11-23T17:39:10+08:00\tli\tt\t张伟\\t\u{1b}x\ta\\\\b\\n\\r\\0"
        let crc = LineFormat.hex(CRC32.checksum(Array(body.utf8)))
        XCTAssertEqual(text, "\(crc)\t\(body)\n")
        XCTAssertEqual(try appendAll(journal, []), [], "an empty batch writes nothing")
        XCTAssertEqual(try String(contentsOf: onlySegment(), encoding: .utf8), text)
    }

    func testCRC32KnownValues() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([UInt8]()), 0)
        XCTAssertEqual(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)), 0x414F_A339)
        XCTAssertEqual(LineFormat.hex(0xCBF4_3926), "cbf43926")
    }

    func testRecordViewReadsFieldsInPlace() throws {
        let journal = try makeJournal()
        try appendAll(journal, [PendingRecord(author: "li", type: "visit.recorded",
                                              fields: ["42", "-7", "x\\y", "", "99999999999999999999"])])
        var seen = 0
        try Journal(directory: journalURL).scanNew { view in
            seen += 1
            XCTAssertEqual(view.seq, 1)
            XCTAssertTrue(view.hasType("visit.recorded"))
            XCTAssertFalse(view.hasType("visit"))
            XCTAssertEqual(view.type, "visit.recorded")
            XCTAssertEqual(view.author, "li")
            XCTAssertEqual(view.time, "2026-11-23T17:39:10+08:00")
            XCTAssertEqual(view.fieldCount, 5)
            XCTAssertEqual(view.int(0), 42)
            XCTAssertEqual(view.int(1), -7)
            XCTAssertNil(view.int(2))
            XCTAssertNil(view.int(3))
            XCTAssertNil(view.int(4), "overflow is not a number")
            XCTAssertEqual(view.string(2), "x\\y")
            XCTAssertEqual(view.string(9), "", "missing trailing field reads as empty")
        }
        XCTAssertEqual(seen, 1)
    }
}
