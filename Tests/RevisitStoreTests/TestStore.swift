import Foundation
import XCTest
@testable import RevisitStore

/// A fresh journal directory per test, removed afterwards.
class JournalTestCase: XCTestCase {
    var root: URL!
    var journalURL: URL { root.appendingPathComponent("journal") }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("revisit-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func segmentURL(_ name: String) -> URL { journalURL.appendingPathComponent(name) }

    /// The single segment file a test wrote (they all write within one month by default).
    func onlySegment() throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: journalURL.path).filter { $0.hasSuffix(".log") }
        XCTAssertEqual(names.count, 1, "segments: \(names)")
        return segmentURL(try XCTUnwrap(names.first))
    }

    func makeJournal(clock: @escaping () -> String = { "2026-11-23T17:39:10+08:00" }) throws -> Journal {
        try Journal(directory: journalURL, clock: clock)
    }

    /// Appends `pending(1)`, `pending(2)`, ... one at a time, each at the matching clock reading.
    @discardableResult
    func appendOneEach(at times: [String]) throws -> Journal {
        var now = times.first ?? ""
        let journal = try makeJournal(clock: { now })
        for (index, time) in times.enumerated() {
            now = time
            try appendAll(journal, [pending(index + 1)])
        }
        return journal
    }

    @discardableResult
    func appendAll(_ journal: Journal, _ records: [PendingRecord]) throws -> [JournalRecord] {
        try journal.append { _ in records }
    }
}

func pending(_ i: Int, author: String = "wang.li", type: String = "test.event") -> PendingRecord {
    PendingRecord(author: author, type: type, fields: ["item \(i)", String(i)])
}
