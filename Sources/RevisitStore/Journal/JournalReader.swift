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


    /// Reads the complete lines of the closed batches of `segment` after `position`.
    mutating func read(segment: String, position: inout SegmentPosition,
                       _ body: (Event) throws -> Void) throws -> SegmentEnd {
        try withClosedBatches(segment, after: position) { bytes in
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
        }
    }

    /// The same, with each record decoded by `ChunkedDecoder` (on other cores when the region is
    /// large) before `body` gets it; lines, damage and positions come exactly as above.
    mutating func read<T: Sendable>(segment: String, position: inout SegmentPosition,
                                    decodingWith makeDecoder: @escaping @Sendable () -> (RecordView) -> T,
                                    _ body: (Decoded<T>) throws -> Void) throws -> SegmentEnd {
        try withClosedBatches(segment, after: position) { bytes in
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
        }
    }

    /// Maps `segment` after `position` and hands `body` the part made of closed batches (see
    /// `BatchTail`; decided for the whole region at once, never per chunk of it).
    private func withClosedBatches(_ segment: String, after position: SegmentPosition,
                                   _ body: (UnsafeRawBufferPointer) throws -> Void) throws -> SegmentEnd {
        let path = directory.appendingPathComponent(segment).path
        return try SegmentFile.withBytes(path, from: position.offset) { bytes, size in
            let closed = BatchTail.closedPrefix(bytes)
            try body(UnsafeRawBufferPointer(rebasing: bytes[..<closed.length]))
            return SegmentEnd(size: size, openLines: closed.openLines)
        }
    }

    private func seqProblem(_ seq: Int) -> JournalDamage.Kind? {
        seq <= lastSeq ? .seqNotIncreasing(previous: lastSeq, found: seq) : nil
    }
}

/// A segment's size, and how many complete lines of an unfinished batch lie before that end.
struct SegmentEnd {
    let size: Int
    let openLines: Int

    /// What follows `position` if reading stopped short of the end: a save cut off by a killed writer.
    func unfinishedSave(after position: SegmentPosition) -> JournalDamage.Kind? {
        guard size > position.offset else { return nil }
        let length = size - position.offset
        return openLines == 0 ? .tornTail(length: length) : .unfinishedBatch(lines: openLines, length: length)
    }
}
