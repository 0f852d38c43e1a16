import Foundation
import XCTest
@testable import RevisitStore
@testable import revisit_stress

/// Real processes appending to one store: killed mid-append, and many at once.
final class ProcessTests: JournalTestCase {
    /// Every record readable, seqs 1...n without gaps, and each tag's `i` values a gap-free prefix.
    private func assertConsistent(_ records: [JournalRecord], file: StaticString = #filePath, line: UInt = #line) -> [String: Int] {
        XCTAssertEqual(records.map(\.seq), Array(stride(from: 1, through: records.count, by: 1)),
                       "seqs unique, increasing, no gaps", file: file, line: line)
        var perTag: [String: [Int]] = [:]
        for record in records {
            XCTAssertEqual(record.type, "stress", file: file, line: line)
            perTag[record.fields[0], default: []].append(Int(record.fields[1]) ?? -1)
            XCTAssertEqual(record.fields[2], StressAppend.text(Int(record.fields[1]) ?? -1), file: file, line: line)
        }
        for (tag, numbers) in perTag {
            XCTAssertEqual(numbers, Array(0 ..< numbers.count), "tag \(tag): nothing missing or doubled", file: file, line: line)
        }
        return perTag.mapValues(\.count)
    }

    private func journalBytes() -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: journalURL.path)) ?? []
        return names.filter { $0.hasSuffix(".log") }.reduce(0) { total, name in
            let size = (try? FileManager.default.attributesOfItem(atPath: segmentURL(name).path)[.size]) as? Int
            return total + (size ?? 0)
        }
    }

    /// Waits (up to 20 s) until the child has committed something, so the kill lands mid-work.
    private func waitForGrowth(beyond size: Int) throws {
        let deadline = Date().addingTimeInterval(20)
        while journalBytes() <= size {
            guard Date() < deadline else { throw StressProcess.NotFound(message: "child never appended") }
            usleep(2_000)
        }
    }

    /// Polls the newest segment (a bare `stat`, no sleeping) until it grows, then kills at once:
    /// the kill lands inside the child's next large `write`.
    private func killDuringNextWrite(_ child: Process) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: journalURL.path).filter { $0.hasSuffix(".log") }
        let path = segmentURL(try XCTUnwrap(names.max())).path
        func size() -> Int {
            var info = stat()
            return stat(path, &info) == 0 ? Int(info.st_size) : -1
        }
        let before = size()
        let deadline = Date().addingTimeInterval(20)
        while size() == before && child.isRunning && Date() < deadline {}
        kill(child.processIdentifier, SIGKILL)
    }

    /// Runs a writer per batch size (tag `crashN`), kills each, and after every kill checks that the
    /// only damage is an unfinished save and that every tag holds a whole number of its batches.
    /// Stops early once `enough` kills left an unfinished batch. Returns the records' count per tag
    /// and how many kills left an unfinished batch or torn line.
    private func killWriters(batches: [Int], enough: Int = .max, kill killer: (Process) throws -> Void) throws
        -> (counts: [String: Int], unfinishedBatches: Int, tornTails: Int) {
        var batchOf: [String: Int] = [:]
        let reader = try Journal(directory: journalURL)
        var records: [JournalRecord] = []
        var (unfinishedBatches, tornTails) = (0, 0)
        for (round, batch) in batches.enumerated() where unfinishedBatches < enough {
            batchOf["crash\(round)"] = batch
            let child = try StressProcess.start(["append", journalURL.path, "\(max(1_000_000, batch * 1000))", "--batch", "\(batch)",
                                                 "--tag", "crash\(round)"])
            try killer(child)
            child.waitUntilExit()
            XCTAssertEqual(child.terminationReason, .uncaughtSignal)

            let damage = try Journal.check(directory: journalURL)
            for found in damage {
                switch found.kind {
                case .unfinishedBatch: unfinishedBatches += 1
                case .tornTail: tornTails += 1
                default: XCTFail("unexpected damage: \(found)")
                }
            }
            XCTAssertLessThanOrEqual(damage.count, 1)
            records += try reader.readNew()
            let partial = Dictionary(grouping: records, by: { $0.fields[0] }).mapValues(\.count)
                .filter { tag, count in count % batchOf[tag, default: 1] != 0 }
            XCTAssertEqual(partial, [:], "round \(round): tags holding part of a batch")
        }
        return (assertConsistent(records), unfinishedBatches, tornTails)
    }

    /// Appends one record, which must move any unfinished save to quarantine, and checks the result.
    private func assertTheNextAppendRepairs(file: StaticString = #filePath, line: UInt = #line) throws {
        let leftOver = try Journal.check(directory: journalURL)
        let journal = try Journal(directory: journalURL)
        _ = try journal.readNew()
        let repair = try journal.append { _ in [PendingRecord(author: "stress", type: "stress",
                                                              fields: ["after", "0", StressAppend.text(0)])] }
        XCTAssertEqual(journal.damage.map(\.kind), leftOver.map(\.kind), "the append quarantined what check saw", file: file, line: line)
        XCTAssertTrue(journal.damage.allSatisfy { $0.quarantine != nil }, file: file, line: line)
        XCTAssertEqual(try Journal.check(directory: journalURL), [], "the append repaired any unfinished save", file: file, line: line)
        XCTAssertEqual(repair.first?.seq, journal.lastSeq, file: file, line: line)
        _ = assertConsistent(try Journal(directory: journalURL).readNew(), file: file, line: line)
    }

    func testProcessesKilledMidAppendLoseNothingCommittedAndLeaveOnlyRepairableTails() throws {
        let (counts, unfinished, torn) = try killWriters(batches: [1, 500, 5, 2000, 50, 4000]) { child in
            try waitForGrowth(beyond: journalBytes())
            usleep(UInt32.random(in: 0 ... 60_000))
            kill(child.processIdentifier, SIGKILL)
        }
        XCTAssertEqual(counts.count, 6, "every killed process committed something: \(counts)")
        try assertTheNextAppendRepairs()
        print("crash test: \(counts.values.reduce(0, +)) records committed before the kills, \(torn) torn tails, \(unfinished) unfinished batches seen")
    }

    func testLargeBatchesKilledInsideTheirWriteAreReadWholeOrNotAtAll() throws {
        let batches = Array(repeating: [3_000, 20_000, 40_000, 8_000, 30_000], count: 4).joined()
        let (counts, unfinished, torn) = try killWriters(batches: Array(batches), enough: 3) { child in
            try waitForGrowth(beyond: journalBytes())
            usleep(UInt32.random(in: 0 ... 30_000))
            try killDuringNextWrite(child)
        }
        XCTAssertGreaterThan(unfinished, 0, "no kill landed inside a batch's write, so nothing was tested")
        try assertTheNextAppendRepairs()
        print("large-batch crash test: \(counts.values.reduce(0, +)) records committed, \(unfinished) kills cut a batch after whole lines, \(torn) inside its first line")
    }


    func testFourProcessesAppendingAtOnceLoseAndDoubleNothing() throws {
        let children = try (0 ..< 4).map {
            try StressProcess.start(["append", journalURL.path, "500", "--tag", "p\($0)", "--batch", $0 < 2 ? "1" : "3"])
        }
        for child in children {
            child.waitUntilExit()
            XCTAssertEqual(child.terminationStatus, 0)
        }
        let records = try Journal(directory: journalURL).readNew()
        XCTAssertEqual(records.count, 2000)
        XCTAssertEqual(assertConsistent(records), ["p0": 500, "p1": 500, "p2": 500, "p3": 500])
        XCTAssertEqual(try Journal.check(directory: journalURL), [])
    }
}
