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

    /// Reads the complete lines of `segment` after `position`; returns the segment's size.
    mutating func read(segment: String, position: inout SegmentPosition,
                       _ body: (Event) throws -> Void) throws -> Int {
        let path = directory.appendingPathComponent(segment).path
        return try SegmentFile.withBytes(path, from: position.offset) { bytes, size in
            try SegmentScanner.scan(bytes, position: &position) { line in
                switch line {
                case .record(let view, let location):
                    if view.seq <= lastSeq {
                        try body(.damaged(.seqNotIncreasing(previous: lastSeq, found: view.seq), location))
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
}
