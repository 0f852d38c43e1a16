/// What a caller wants to append; the journal assigns `seq` and `time` under the lock.
public struct PendingRecord: Sendable, Equatable {
    /// Staff login: no tabs, newlines or backslashes.
    public var author: String
    /// Event type, `[a-z0-9._-]+`, e.g. `customer.added`.
    public var type: String
    /// Positional fields, any text (tabs, newlines, CJK, escape bytes); escaped on disk.
    public var fields: [String]

    public init(author: String, type: String, fields: [String]) {
        self.author = author
        self.type = type
        self.fields = fields
    }
}

/// A committed journal line.
public struct JournalRecord: Sendable, Equatable {
    /// Unique and strictly increasing across the whole store; assigned under the lock.
    public var seq: Int
    /// Wall-clock write time, ISO 8601 with offset, e.g. `2026-11-23T17:39:10+08:00`.
    public var time: String
    public var author: String
    public var type: String
    public var fields: [String]

    public init(seq: Int, time: String, author: String, type: String, fields: [String]) {
        self.seq = seq
        self.time = time
        self.author = author
        self.type = type
        self.fields = fields
    }
}
