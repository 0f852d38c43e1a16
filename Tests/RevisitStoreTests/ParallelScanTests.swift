import Foundation
import XCTest
@testable import RevisitStore

/// The parallel catch-up must hand over exactly what the sequential one does: every record in
/// seq order, the same damage at the same lines and offsets, and positions that later reads
/// and appends continue from.
final class ParallelScanTests: JournalTestCase {
    /// Enough lines for several 1 MB chunks, with awkward fields now and then.
    func fill(_ journal: Journal, lines: Int) throws {
        var batch: [PendingRecord] = []
        for i in 1 ... lines {
            let note = i % 97 == 0 ? "tab\there\\ 张伟\n" : String(repeating: "客户满意 ", count: 1 + i % 7)
            batch.append(PendingRecord(author: "li.na", type: i % 3 == 0 ? "call.logged" : "visit.saved",
                                       fields: ["R\(i)", note, String(i)]))
            if batch.count == 5000 { try appendAll(journal, batch); batch = [] }
        }
        try appendAll(journal, batch)
    }

    /// Breaks the checksum of the line holding field `R<n>` (same length).
    func corrupt(record n: Int) throws {
        let url = try onlySegment()
        var bytes = try Data(contentsOf: url)
        let range = try XCTUnwrap(bytes.range(of: Data("\tR\(n)\t".utf8)))
        bytes[range.lowerBound + 1] = UInt8(ascii: "Q")
        try bytes.write(to: url)
    }

    func parallelScan(_ journal: Journal) throws -> (records: [JournalRecord], counts: [String: Int]?) {
        var records: [JournalRecord] = []
        var counts: [String: Int]?
        try journal.scanNew(decodingWith: { { view in view.record } }, prepare: { counts = $0 }) { records.append($0) }
        return (records, counts)
    }

    func testLargeCatchUpMatchesTheSequentialReadDamageAndAll() throws {
        try fill(try makeJournal(), lines: 40_000)
        try corrupt(record: 123)
        try corrupt(record: 33_333)
        let tornTail = Data("0badf00d\t40001\t2026-11-23T17:39:10+08:00\tli\tvisit.saved\tR40001".utf8)
        let handle = try FileHandle(forWritingTo: try onlySegment())
        try handle.seekToEnd()
        try handle.write(contentsOf: tornTail)
        try handle.close()

        let sequential = try makeJournal()
        let expected = try sequential.readNew()
        XCTAssertEqual(expected.count, 39_998)

        let parallel = try makeJournal()
        let (records, counts) = try parallelScan(parallel)
        XCTAssertEqual(records, expected)
        XCTAssertEqual(parallel.damage, sequential.damage)
        XCTAssertEqual(parallel.damage.map(\.line), [123, 33_333])
        XCTAssertEqual(counts, ["visit.saved": 26_667, "call.logged": 13_333],
                       "the census counts every complete line by type, damaged ones too, not the torn tail")

        // Both continue from the same place: the next append repairs the tail, and both see it.
        let next = try appendAll(parallel, [PendingRecord(author: "li.na", type: "visit.saved", fields: ["R40001"])])
        XCTAssertEqual(next.map(\.seq), [40_001])
        XCTAssertEqual(try sequential.readNew(), next)
        XCTAssertEqual(try parallelScan(parallel).records, [], "nothing is handed over twice")
    }

    func testSmallCatchUpTakesNoCensusAndStopsWhereUseThrows() throws {
        let journal = try makeJournal()
        try appendAll(journal, [pending(1), pending(2), pending(3)])
        let reader = try makeJournal()
        var seen: [Int] = []
        struct Stop: Error {}
        XCTAssertThrowsError(try reader.scanNew(decodingWith: { { $0.seq } }, prepare: { _ in XCTFail("no census") }) {
            if $0 == 2 { throw Stop() }
            seen.append($0)
        })
        XCTAssertEqual(seen, [1])
        try reader.scanNew(decodingWith: { { $0.seq } }) { seen.append($0) }
        XCTAssertEqual(seen, [1, 2, 3], "the line use refused is offered again")
    }

    func testTinyChunksAndWindowStillYieldEveryLineInOrder() throws {
        try fill(try makeJournal(), lines: 3000)
        let bytes = try Data(contentsOf: try onlySegment())
        let seqs: [Int] = try bytes.withUnsafeBytes { region in
            var all: [Int] = []
            for (chunkBytes, window) in [(1, 1), (300, 2), (4096, 3), (1 << 20, 8)] {
                var got: [Int] = []
                var lengths = 0
                try ChunkedDecoder(region, regionIsFileMapping: false, chunkBytes: chunkBytes, window: window, makeDecoder: { { $0.seq } }).run { lines in
                    for line in lines {
                        guard case .record(let seq, let value) = line.content, seq == value else {
                        return XCTFail("chunk \(chunkBytes): \(String(describing: line).prefix(200))")
                    }
                        got.append(seq)
                        lengths += line.length + 1
                    }
                }
                XCTAssertEqual(lengths, region.count, "chunk \(chunkBytes): every byte accounted for")
                all = got
                XCTAssertEqual(got, Array(1 ... 3000), "chunk \(chunkBytes), window \(window)")
            }
            return all
        }
        XCTAssertEqual(seqs.count, 3000)
    }

    func testCutsFallOnLineEnds() {
        let text = Array("aa\nbbbb\ncc\n\nd".utf8)
        text.withUnsafeBytes { region in
            XCTAssertEqual(ChunkedDecoder<Int>.cut(region, every: 1), [0, 3, 8, 11, 13])
            XCTAssertEqual(ChunkedDecoder<Int>.cut(region, every: 4), [0, 8, 13])
            XCTAssertEqual(ChunkedDecoder<Int>.cut(region, every: 100), [0, 13])
        }
        XCTAssertEqual(ChunkedDecoder<Int>.cut(UnsafeRawBufferPointer(start: nil, count: 0), every: 4), [0, 0])
    }
}
