import Foundation
import XCTest
@testable import RevisitStore

/// Two instances on one directory stand in for two processes (flock locks and file offsets are
/// per open file, so they interact exactly as separate processes would).
final class SharedJournalTests: JournalTestCase {
    struct Refused: Error {}

    func testOtherInstanceReadsAppendsAndDecideSeesThem() throws {
        let a = try makeJournal()
        let b = try makeJournal()
        XCTAssertEqual(try b.readNew(), [])
        XCTAssertFalse(b.hasNewData())

        let fromA = try appendAll(a, [pending(1), pending(2)])
        XCTAssertTrue(b.hasNewData())
        XCTAssertEqual(try b.readNew(), fromA)
        XCTAssertFalse(b.hasNewData())

        let moreFromA = try appendAll(a, [pending(3)])
        var seenByDecide: [JournalRecord] = []
        let fromB = try b.append { caughtUp in
            seenByDecide = caughtUp
            return [pending(4, author: "li.na")]
        }
        XCTAssertEqual(seenByDecide, moreFromA)
        XCTAssertEqual(fromB.map(\.seq), [4])
        XCTAssertEqual(try b.readNew(), [], "own records and caught-up records are not handed out twice")
        XCTAssertEqual(try a.readNew(), fromB, "A sees B's record, but not its own again")
        XCTAssertEqual(a.lastSeq, 4)
    }

    func testDecideThrowingWritesNothingAndReleasesTheLock() throws {
        let a = try makeJournal()
        try appendAll(a, [pending(1)])
        let b = try makeJournal()
        try appendAll(a, [pending(2)])
        let before = try Data(contentsOf: onlySegment())

        var caughtUp: [JournalRecord] = []
        XCTAssertThrowsError(try b.append { records in
            caughtUp = records
            throw Refused()
        }) { XCTAssertTrue($0 is Refused) }
        XCTAssertEqual(caughtUp.map(\.seq), [1, 2], "the caught-up records reached the caller")
        XCTAssertEqual(try Data(contentsOf: onlySegment()), before)

        let lock = try FileLock(url: journalURL.appendingPathComponent(".lock"))
        XCTAssertTrue(try lock.tryLockExclusive(), "the lock was released")
        lock.unlock()
        XCTAssertEqual(try appendAll(b, [pending(3)]).map(\.seq), [3])
    }

    func testInvalidRecordsAreRefusedBeforeAnythingIsWritten() throws {
        let journal = try makeJournal()
        try appendAll(journal, [pending(1)])
        let before = try Data(contentsOf: onlySegment())
        let bad = [
            PendingRecord(author: "tab\tauthor", type: "ok", fields: []),
            PendingRecord(author: "", type: "ok", fields: []),
            PendingRecord(author: "li", type: "Upper.Case", fields: []),
            PendingRecord(author: "li", type: "", fields: []),
        ]
        for record in bad {
            XCTAssertThrowsError(try appendAll(journal, [pending(2), record])) { error in
                guard case JournalError.invalidRecord(let index, _) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(index, 1)
            }
        }
        let badClock = try makeJournal(clock: { "yesterday" })
        XCTAssertThrowsError(try appendAll(badClock, [pending(2)])) {
            XCTAssertEqual($0 as? JournalError, .badClock("yesterday"))
        }
        XCTAssertEqual(try Data(contentsOf: onlySegment()), before)
    }

    func testScanNewThatThrowsOffersTheRecordAgain() throws {
        let journal = try makeJournal()
        try appendAll(journal, [pending(1), pending(2), pending(3)])
        let reader = try makeJournal()
        var seen: [Int] = []
        XCTAssertThrowsError(try reader.scanNew { view in
            if view.seq == 2 { throw Refused() }
            seen.append(view.seq)
        })
        try reader.scanNew { seen.append($0.seq) }
        XCTAssertEqual(seen, [1, 2, 3])
    }

    func testSegmentsPerMonthAndSeqContinuesAcrossThem() throws {
        // The third reading sets the clock back across the month boundary: it stays in the newest segment.
        try appendOneEach(at: ["2026-10-31T23:59:59+08:00", "2026-11-01T00:00:01+08:00",
                               "2026-10-31T23:59:58+08:00", "2027-01-02T08:00:00+08:00"])

        let names = try FileManager.default.contentsOfDirectory(atPath: journalURL.path).filter { $0.hasSuffix(".log") }
        XCTAssertEqual(names.sorted(), ["2026-10.log", "2026-11.log", "2027-01.log"])
        let read = try makeJournal().readNew()
        XCTAssertEqual(read.map(\.seq), [1, 2, 3, 4])
        XCTAssertEqual(read.map(\.fields[1]), ["1", "2", "3", "4"])
        XCTAssertEqual(try Journal.check(directory: journalURL), [])
    }

    func testSystemClockFormat() {
        XCTAssertTrue(RecordRules.isValidTime(SystemClock.now()), SystemClock.now())
        XCTAssertTrue(RecordRules.isValidTime("2026-11-23T17:39:10Z"))
        XCTAssertFalse(RecordRules.isValidTime("2026-11-23 17:39:10+08:00"))
        XCTAssertFalse(RecordRules.isValidTime("2026-11-23T17:39:10+0800"))
    }
}

final class ReadFailureTests: JournalTestCase {
    func testRecordsCollectedBeforeAReadErrorAreOfferedAgain() throws {
        try appendOneEach(at: ["2026-10-05T09:00:00+08:00", "2026-11-05T09:00:00+08:00"])
        let november = segmentURL("2026-11.log")
        try FileManager.default.moveItem(at: november, to: segmentURL("moved"))
        try FileManager.default.createDirectory(at: november, withIntermediateDirectories: false)

        let reader = try makeJournal()
        XCTAssertThrowsError(try reader.readNew(), "a segment that is a directory cannot be mapped")
        XCTAssertThrowsError(try reader.append { _ in [pending(3)] })
        let unreadable = try Journal.check(directory: journalURL)
        XCTAssertEqual(unreadable.map(\.segment), ["2026-11.log"])
        guard case .unreadable = unreadable.first?.kind else { return XCTFail("\(unreadable)") }
        try FileManager.default.removeItem(at: november)
        try FileManager.default.moveItem(at: segmentURL("moved"), to: november)
        XCTAssertEqual(try reader.readNew().map(\.seq), [1, 2], "October's record was not lost to the failed reads")
        XCTAssertEqual(try Journal.check(directory: journalURL), [])
    }
}
