import Foundation
import XCTest
@testable import RevisitStore

/// One append is one batch: it is read whole or not at all, however its bytes were cut.
final class BatchTests: JournalTestCase {
    /// Batches [1] and [2, 3] committed, then the bytes of batch [4, 5, 6] (not yet on disk).
    private func twoBatchesAndTheBytesOfAThird() throws -> (committed: [JournalRecord], before: Data, third: Data) {
        let journal = try makeJournal()
        let committed = try appendAll(journal, [pending(1)]) + appendAll(journal, [pending(2), pending(3)])
        let before = try Data(contentsOf: onlySegment())
        try appendAll(journal, [pending(4), pending(5), pending(6)])
        let third = try Data(contentsOf: onlySegment())[before.count...]
        try before.write(to: onlySegment())
        return (committed, before, Data(third))
    }

    private func lineEnds(_ bytes: Data) -> [Int] {
        bytes.indices.filter { bytes[$0] == 10 }.map { $0 - bytes.startIndex + 1 }
    }

    func testEveryLineButTheLastOfABatchIsMarkedAndTheChecksumCoversTheMark() throws {
        let (_, before, third) = try twoBatchesAndTheBytesOfAThird()
        let lines = String(decoding: before + third, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.map { $0.split(separator: "\t")[1] }, ["1", "2+", "3", "4+", "5+", "6"])
        for line in lines {
            let body = line.dropFirst(9)
            XCTAssertEqual(String(line.prefix(8)), LineFormat.hex(CRC32.checksum(Array(body.utf8))))
        }
    }

    func testABatchCutAnywhereIsReadAsNothingQuarantinedWholeAndTheNextAppendContinues() throws {
        let (committed, before, third) = try twoBatchesAndTheBytesOfAThird()
        let ends = lineEnds(third)
        XCTAssertEqual(ends.count, 3)
        let cuts: [(bytes: Int, kind: JournalDamage.Kind)] = [
            (ends[0] / 2, .tornTail(length: ends[0] / 2)),
            (ends[0], .unfinishedBatch(lines: 1, length: ends[0])),
            (ends[1], .unfinishedBatch(lines: 2, length: ends[1])),
            (ends[1] + 7, .unfinishedBatch(lines: 2, length: ends[1] + 7)),
            (ends[2] - 1, .unfinishedBatch(lines: 2, length: ends[2] - 1)),
        ]
        for (round, cut) in cuts.enumerated() {
            let cutBytes = third.prefix(cut.bytes)
            try (before + cutBytes).write(to: onlySegment())
            let damage = JournalDamage(segment: "2026-11.log", line: 4, offset: before.count, kind: cut.kind)

            let reader = try makeJournal()
            XCTAssertEqual(try reader.readNew(), committed, "cut at \(cut.bytes): nothing of the batch is read")
            XCTAssertEqual(reader.damage, [], "a reader does not report or repair an unfinished batch")
            XCTAssertEqual(try Journal.check(directory: journalURL), [damage])

            let next = try appendAll(reader, [pending(10 + round)])
            XCTAssertEqual(next.map(\.seq), [4], "seqs continue after the last closed batch")
            let name = "2026-11.log-\(before.count).torn" + (round == 0 ? "" : ".\(round)")
            var quarantined = damage
            quarantined.quarantine = name
            XCTAssertEqual(reader.damage, [quarantined])
            XCTAssertEqual(try Data(contentsOf: journalURL.appendingPathComponent("quarantine/\(name)")), cutBytes,
                           "exactly the cut bytes are kept")
            XCTAssertEqual(try makeJournal().readNew(), committed + next, "earlier batches intact")
            XCTAssertEqual(try Journal.check(directory: journalURL), [])
        }
    }

    func testAReaderSeesNothingOfABatchUntilItsClosingLineThenAllOfIt() throws {
        let (committed, before, third) = try twoBatchesAndTheBytesOfAThird()
        let ends = lineEnds(third)
        let reader = try makeJournal()
        XCTAssertEqual(try reader.readNew(), committed)

        try (before + third.prefix(ends[1])).write(to: onlySegment())
        XCTAssertTrue(reader.hasNewData())
        XCTAssertEqual(try reader.readNew(), [])
        var scanned: [Int] = []
        try reader.scanNew { scanned.append($0.seq) }
        XCTAssertEqual(scanned, [])
        XCTAssertEqual(try Journal.check(directory: journalURL).map(\.kind),
                       [.unfinishedBatch(lines: 2, length: ends[1])])

        try (before + third).write(to: onlySegment())
        XCTAssertEqual(try reader.readNew().map(\.seq), [4, 5, 6])
        XCTAssertEqual(reader.damage, [])
        XCTAssertEqual(try Journal.check(directory: journalURL), [])
    }

    func testTheParallelScanReadsBatchesLargerThanItsChunksWholeAndStopsBeforeAnUnfinishedOne() throws {
        let journal = try makeJournal()
        let wide = String(repeating: "客户满意 ", count: 20)
        func batch(_ range: Range<Int>) -> [PendingRecord] {
            range.map { PendingRecord(author: "li.na", type: "visit.saved", fields: ["R\($0)", wide]) }
        }
        let committed = try appendAll(journal, batch(0 ..< 25_000)) + appendAll(journal, batch(25_000 ..< 50_000))
        let before = try Data(contentsOf: onlySegment())
        XCTAssertGreaterThan(before.count, 6 << 20, "several 1 MB chunks, cut inside batches")
        try appendAll(journal, batch(50_000 ..< 60_000))
        let whole = try Data(contentsOf: onlySegment())
        let third = whole[before.count...]
        let cut = try XCTUnwrap(third.firstIndex(of: 10)) + 1 + (third.count / 2)
        try whole[..<cut].write(to: onlySegment())

        func parallelScan(_ reader: Journal) throws -> [JournalRecord] {
            var records: [JournalRecord] = []
            try reader.scanNew(decodingWith: { { $0.record } }) { records.append($0) }
            return records
        }
        let reader = try makeJournal()
        XCTAssertEqual(try parallelScan(reader), committed)
        XCTAssertEqual(try makeJournal().readNew(), committed)
        XCTAssertEqual(reader.damage, [])
        guard case .unfinishedBatch = try Journal.check(directory: journalURL).first?.kind else {
            return XCTFail("check reports the unfinished batch")
        }
        try whole.write(to: onlySegment())
        XCTAssertEqual(try parallelScan(reader).map(\.fields[0]), (50_000 ..< 60_000).map { "R\($0)" })
    }

    func testUnfinishedBatchIsDescribedAndCountsAsAnUnfinishedSave() {
        let kind = JournalDamage.Kind.unfinishedBatch(lines: 2, length: 300)
        XCTAssertTrue(kind.isUnfinishedSave)
        XCTAssertTrue(JournalDamage.Kind.tornTail(length: 3).isUnfinishedSave)
        XCTAssertFalse(JournalDamage.Kind.malformed(reason: "x").isUnfinishedSave)
        let text = JournalDamage(segment: "2026-11.log", line: 4, offset: 99, kind: kind).description
        XCTAssertEqual(text, "2026-11.log line 4 (byte 99): unfinished save: 2 line(s) of a batch without its closing line (300 bytes)")
    }
}
