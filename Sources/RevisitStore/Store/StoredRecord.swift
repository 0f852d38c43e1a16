import RevisitCore

/// A journal record seen as an event's fields, whether just written or scanned from disk.
protocol StoredRecord: FieldReader {
    var recordType: String { get }
    var recordSeq: Int { get }
}

extension JournalRecord: StoredRecord {
    var recordType: String { type }
    var recordSeq: Int { seq }
    public var fieldCount: Int { fields.count }
    public func string(_ i: Int) -> String { fields[i] }
}

extension RecordView: StoredRecord {
    var recordType: String { type }
    var recordSeq: Int { seq }
}
