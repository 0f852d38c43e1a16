import Foundation
import XCTest
@testable import RevisitStore

final class DamageTests: JournalTestCase {
    let tornBytes = Data("0badf00d\t4\t2026-11-23T17:39:10+08:00\tli\ttest.event\titem 4\t张".utf8)

    private func writeThree() throws -> (Journal, [JournalRecord]) {
        let journal = try makeJournal()
        return (journal, try appendAll(journal, [pending(1), pending(2), pending(3)]))
    }

    private func appendRaw(_ data: Data, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
        try handle.close()
    }

    /// Replaces the first "item 2" in the segment with "itex 2": same length, bad checksum.
    private func corruptSecondLine() throws -> (offset: Int, line: Data) {
        let url = try onlySegment()
        var bytes = try Data(contentsOf: url)
        let range = try XCTUnwrap(bytes.range(of: Data("item 2".utf8)))
        bytes[range.lowerBound + 3] = UInt8(ascii: "x")
        try bytes.write(to: url)
        let lineStart = try XCTUnwrap(bytes[..<range.lowerBound].lastIndex(of: 10)) + 1
        let lineEnd = try XCTUnwrap(bytes[range.lowerBound...].firstIndex(of: 10))
        return (lineStart, Data(bytes[lineStart ..< lineEnd]))
    }

    func testTornTailIsQuarantinedByTheNextAppendAndEverythingBeforeItStays() throws {
        let (_, written) = try writeThree()
        let segment = try onlySegment()
        let goodSize = try Data(contentsOf: segment).count
        try appendRaw(tornBytes, to: segment)

        let reader = try makeJournal()
        XCTAssertEqual(try reader.readNew(), written, "a partial last line is not read")
        XCTAssertEqual(reader.damage, [], "and not reported by a reader without the exclusive lock")
        XCTAssertEqual(try Journal.check(directory: journalURL),
                       [JournalDamage(segment: "2026-11.log", line: 4, offset: goodSize,
                                      kind: .tornTail(length: tornBytes.count))])

        let repaired = try appendAll(reader, [pending(4)])
        XCTAssertEqual(repaired.map(\.seq), [4])
        let expectedName = "2026-11.log-\(goodSize).torn"
        XCTAssertEqual(reader.damage, [JournalDamage(segment: "2026-11.log", line: 4, offset: goodSize,
                                                     kind: .tornTail(length: tornBytes.count),
                                                     quarantine: expectedName)])
        let copy = try Data(contentsOf: journalURL.appendingPathComponent("quarantine/\(expectedName)"))
        XCTAssertEqual(copy, tornBytes)
        XCTAssertEqual(try makeJournal().readNew(), written + repaired)
        XCTAssertEqual(try Journal.check(directory: journalURL), [])
    }

    func testBadChecksumMidFileIsSkippedReportedAndQuarantined() throws {
        let (_, written) = try writeThree()
        let (offset, line) = try corruptSecondLine()

        let reader = try makeJournal()
        XCTAssertEqual(try reader.readNew(), [written[0], written[2]])
        let damage = try XCTUnwrap(reader.damage.first)
        XCTAssertEqual(reader.damage.count, 1)
        XCTAssertEqual(damage.segment, "2026-11.log")
        XCTAssertEqual(damage.line, 2)
        XCTAssertEqual(damage.offset, offset)
        guard case .badChecksum = damage.kind else { return XCTFail("\(damage)") }
        XCTAssertEqual(damage.quarantine, "2026-11.log-\(offset).bad")
        XCTAssertEqual(try Data(contentsOf: journalURL.appendingPathComponent("quarantine/2026-11.log-\(offset).bad")), line)
        XCTAssertTrue(damage.description.contains("2026-11.log line 2"), damage.description)

        XCTAssertEqual(try appendAll(reader, [pending(4)]).map(\.seq), [4])
        XCTAssertEqual(try makeJournal().readNew().map(\.seq), [1, 3, 4], "the bad line stays skipped, never dropped")
    }

    func testCheckReportsBadLineAndTornTailTogether() throws {
        let (_, _) = try writeThree()
        let (offset, _) = try corruptSecondLine()
        try appendRaw(tornBytes, to: try onlySegment())
        let found = try Journal.check(directory: journalURL)
        XCTAssertEqual(found.map(\.line), [2, 4])
        XCTAssertEqual(found.first?.offset, offset)
        guard case .badChecksum = found.first?.kind, case .tornTail(tornBytes.count) = found.last?.kind else {
            return XCTFail("\(found)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: journalURL.appendingPathComponent("quarantine").path),
                       "check is read-only")
    }

    func testMalformedLineWithGoodChecksumAndRepeatedSeqAreReported() throws {
        let (_, written) = try writeThree()
        func line(_ body: String) -> Data {
            Data("\(LineFormat.hex(CRC32.checksum(Array(body.utf8))))\t\(body)\n".utf8)
        }
        try appendRaw(line("9\t2026-11-23T17:39:10+08:00\tli\ttest.event\tbad \\q escape") +
                      line("3\t2026-11-23T17:39:10+08:00\tli\ttest.event\trepeated seq") +
                      line("x\t2026-11-23T17:39:10+08:00\tli\ttest.event") +
                      line("10\t2026-11-23T17:39:10+08:00\tli\ttest.event\tfine"), to: try onlySegment())
        let reader = try makeJournal()
        XCTAssertEqual(try reader.readNew().map(\.seq), written.map(\.seq) + [10])
        XCTAssertEqual(reader.damage.map(\.line), [4, 5, 6])
        XCTAssertEqual(reader.damage[1].kind, .seqNotIncreasing(previous: 3, found: 3))
        XCTAssertEqual(try Journal.check(directory: journalURL).map(\.kind), reader.damage.map(\.kind))
        XCTAssertEqual(try Journal.check(directory: journalURL).map(\.quarantine), reader.damage.map(\.quarantine),
                       "check names the copies an earlier read made")
    }
}
