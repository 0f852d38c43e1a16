import Foundation
import RevisitCore

extension PendingRecord {
    /// The journal line that records `event`, written by `author`.
    public init(_ event: any DomainEvent, author: String) {
        self.init(author: author, type: Swift.type(of: event).type, fields: event.fields)
    }
}

// A journal record seen as an event's fields, whether just written or scanned from disk.

extension JournalRecord: FieldReader {
    public var fieldCount: Int { fields.count }
    public func string(_ i: Int) -> String { fields[i] }
}

extension RecordView: FieldReader {
    /// The mapped bytes themselves unless the field holds an escape, which needs undoing first.
    public func withUTF8<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        guard i >= 0, i < fieldCount else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        let raw = column(LineFormat.headerColumns + i)
        guard let base = raw.baseAddress, memchr(base, Int32(LineFormat.backslash), raw.count) != nil else {
            return body(raw)
        }
        var unescaped = string(i)
        return unescaped.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }

    var typeBytes: UnsafeRawBufferPointer { column(3) }

    public var packedFields: PackedFields? {
        PackedFields(line: line, starts: bounds, first: LineFormat.headerColumns, count: fieldCount,
                     escape: LineFormat.backslash)
    }
}

/// One reusable holder for the record being replayed: handing events a class reference instead
/// of the record view itself keeps every line from boxing the view on the heap.
final class RecordCursor: FieldReader {
    var view: RecordView

    init(_ view: RecordView) { self.view = view }

    /// The cursor, reused, now pointing at `view`.
    static func at(_ view: RecordView, reusing cursor: inout RecordCursor?) -> RecordCursor {
        if let cursor {
            cursor.view = view
            return cursor
        }
        let fresh = RecordCursor(view)
        cursor = fresh
        return fresh
    }

    var fieldCount: Int { view.fieldCount }
    func string(_ i: Int) -> String { view.string(i) }
    func withUTF8<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R { view.withUTF8(i, body) }
    var packedFields: PackedFields? { view.packedFields }
}
