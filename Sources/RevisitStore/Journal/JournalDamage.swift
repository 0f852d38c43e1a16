/// Something wrong found in the journal: where it is, what it is, and where its bytes were copied.
public struct JournalDamage: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The last line has no newline: a write cut short by a killed process.
        case tornTail(length: Int)
        /// The last `lines` complete lines are a batch without its closing line (SEQ `123+` with
        /// nothing after), maybe followed by a torn line: a save cut short by a killed process.
        /// `length` counts all those bytes.
        case unfinishedBatch(lines: Int, length: Int)
        /// A complete line whose CRC does not match its content.
        case badChecksum(stored: String, computed: String)
        /// A complete line with a valid CRC whose header or escapes cannot be parsed.
        case malformed(reason: String)
        /// A record whose seq is not above the one before it (store order).
        case seqNotIncreasing(previous: Int, found: Int)
        /// A segment file that could not be read at all.
        case unreadable(reason: String)

        /// A save cut short by a killed writer (`tornTail` or `unfinishedBatch`): not damage to what
        /// was committed; the next append moves it to quarantine.
        public var isUnfinishedSave: Bool {
            switch self {
            case .tornTail, .unfinishedBatch: true
            default: false
            }
        }
    }

    /// Segment file name, e.g. `2026-11.log`.
    public var segment: String
    /// 1-based line number within the segment (for a torn tail: the line it would have been).
    public var line: Int
    /// Byte offset of the start of the line within the segment.
    public var offset: Int
    public var kind: Kind
    /// File name inside `journal/quarantine/` holding the line's exact bytes, if copied there.
    public var quarantine: String?

    public init(segment: String, line: Int, offset: Int, kind: Kind, quarantine: String? = nil) {
        self.segment = segment
        self.line = line
        self.offset = offset
        self.kind = kind
        self.quarantine = quarantine
    }

    public var description: String {
        var text = "\(segment) line \(line) (byte \(offset)): "
        switch kind {
        case .tornTail(let length): text += "torn last line (\(length) bytes without newline)"
        case .unfinishedBatch(let lines, let length):
            text += "unfinished save: \(lines) line(s) of a batch without its closing line (\(length) bytes)"
        case .badChecksum(let stored, let computed): text += "bad checksum (stored \(stored), computed \(computed))"
        case .malformed(let reason): text += "malformed line: \(reason)"
        case .seqNotIncreasing(let previous, let found): text += "seq \(found) not above previous seq \(previous)"
        case .unreadable(let reason): text += "unreadable: \(reason)"
        }
        if let quarantine { text += "; copied to quarantine/\(quarantine)" }
        return text
    }
}
