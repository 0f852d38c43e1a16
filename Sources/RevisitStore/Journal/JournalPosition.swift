/// How far a reader has read the journal: where it stopped in each segment, and the last seq.
struct JournalPosition {
    var segments: [(name: String, position: SegmentPosition)]
    var lastSeq: Int
    /// For a position kept in a state cache: the bytes just before each segment's position.
    var fingerprints: [[UInt8]?] = []
}
