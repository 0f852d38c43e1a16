import Foundation

/// Reads segments in order, checking that seq keeps increasing across the whole store.
/// Shared by the live `Journal` and the read-only `Journal.check`.
struct JournalReader {
    let directory: URL
    var lastSeq = 0

    enum Event {
        case record(RecordView)
        case damaged(JournalDamage.Kind, LineLocation)
    }

    enum Decoded<T> {
        case record(T)
        case damaged(JournalDamage.Kind, LineLocation)
    }

    /// Reads the complete lines of `segment` after `position`; returns the segment's size.
    mutating func read(segment: String, position: inout SegmentPosition,
                       _ body: (Event) throws -> Void) throws -> Int {
        let path = directory.appendingPathComponent(segment).path
        return try SegmentFile.withBytes(path, from: position.offset) { bytes, size in
            try SegmentScanner.scan(bytes, position: &position) { line in
                switch line {
                case .record(let view, let location):
                    if let problem = seqProblem(view.seq) {
                        try body(.damaged(problem, location))
                    } else {
                        try body(.record(view))
                        lastSeq = view.seq
                    }
                case .damaged(let kind, let location):
                    try body(.damaged(kind, location))
                }
            }
            return size
        }
    }

    /// The same, with each record decoded by `ChunkedDecoder` (on other cores when the region is
    /// large) before `body` gets it; lines, damage and positions come exactly as above.
    mutating func read<T: Sendable>(segment: String, position: inout SegmentPosition,
                                    decodingWith makeDecoder: @escaping @Sendable () -> (RecordView) -> T,
                                    _ body: (Decoded<T>) throws -> Void) throws -> Int {
        let path = directory.appendingPathComponent(segment).path
        return try SegmentFile.withBytes(path, from: position.offset) { bytes, size in
            let start = position.offset
            try ChunkedDecoder(bytes, regionIsFileMapping: true, makeDecoder: makeDecoder).run { lines in
                for line in lines {
                    let location = LineLocation(
                        offset: position.offset, number: position.linesBefore + 1,
                        bytes: UnsafeRawBufferPointer(rebasing: bytes[(position.offset - start)...].prefix(line.length)))
                    switch line.content {
                    case .record(let seq, let value):
                        if let problem = seqProblem(seq) {
                            try body(.damaged(problem, location))
                        } else {
                            try body(.record(value))
                            lastSeq = seq
                        }
                    case .damaged(let kind):
                        try body(.damaged(kind, location))
                    }
                    position.offset += line.length + 1
                    position.linesBefore += 1
                }
            }
            return size
        }
    }

    private func seqProblem(_ seq: Int) -> JournalDamage.Kind? {
        seq <= lastSeq ? .seqNotIncreasing(previous: lastSeq, found: seq) : nil
    }
}
