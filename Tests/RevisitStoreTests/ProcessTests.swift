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

    func testProcessesKilledMidAppendLoseNothingCommittedAndLeaveOnlyRepairableTails() throws {
        var tornTails = 0
        for round in 0 ..< 6 {
            let child = try StressProcess.start(["append", journalURL.path, "1000000", "--batch", "\([1, 500, 5, 2000, 50, 4000][round])",
                                                 "--tag", "crash\(round)"])
            try waitForGrowth(beyond: journalBytes())
            usleep(UInt32.random(in: 0 ... 60_000))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            XCTAssertEqual(child.terminationReason, .uncaughtSignal)

            let damage = try Journal.check(directory: journalURL)
            for found in damage {
                guard case .tornTail = found.kind else { return XCTFail("unexpected damage: \(found)") }
                tornTails += 1
            }
            XCTAssertLessThanOrEqual(damage.count, 1)
        }
        let leftOver = try Journal.check(directory: journalURL)
        let journal = try Journal(directory: journalURL)
        let counts = assertConsistent(try journal.readNew())
        XCTAssertEqual(counts.count, 6, "every killed process committed something: \(counts)")

        let repair = try journal.append { _ in [PendingRecord(author: "stress", type: "stress",
                                                              fields: ["after", "0", StressAppend.text(0)])] }
        XCTAssertEqual(journal.damage.map(\.kind), leftOver.map(\.kind), "the append quarantined the torn tail check saw")
        XCTAssertTrue(journal.damage.allSatisfy { $0.quarantine != nil })
        XCTAssertEqual(try Journal.check(directory: journalURL), [], "the append repaired any torn tail")
        XCTAssertEqual(repair.first?.seq, journal.lastSeq)
        _ = assertConsistent(try Journal(directory: journalURL).readNew())
        print("crash test: \(counts.values.reduce(0, +)) records committed before the kills, \(tornTails) torn tails seen")
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
