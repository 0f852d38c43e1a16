/// Read access to one stored record's positional fields. The store's line reader conforms,
/// so events decode straight from the journal's bytes.
public protocol FieldReader {
    var fieldCount: Int { get }
    func string(_ i: Int) -> String
    /// Field `i`'s UTF-8 bytes (exactly those of `string(i)`), lent to `body` without making a
    /// String: numbers, times and codes are parsed from them directly.
    func withUTF8<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R
    /// The fields where they lie in one buffer (a journal line), if they do: a decoder then
    /// reads them directly instead of through a call on this protocol per field.
    var packedFields: PackedFields? { get }
}

/// The fields of one stored line in place: field k is the bytes from `starts[first + k]` up to
/// the separator before `starts[first + k + 1]`, with `escape` starting an escape sequence
/// (a field holding one is read through its `FieldReader`, which undoes them).
public struct PackedFields {
    let line: UnsafeRawPointer
    let starts: UnsafePointer<Int>
    let first: Int
    let count: Int
    let escape: UInt8

    public init(line: UnsafeRawPointer, starts: UnsafePointer<Int>, first: Int, count: Int, escape: UInt8) {
        self.line = line; self.starts = starts; self.first = first; self.count = count; self.escape = escape
    }

    /// Field `i`'s bytes if it has them as stored, without escapes; nil otherwise.
    func plain(_ i: Int) -> UnsafeRawBufferPointer? {
        guard i >= 0, i < count else { return nil }
        let k = first + i
        let bytes = UnsafeRawBufferPointer(start: line + starts[k], count: starts[k + 1] - 1 - starts[k])
        return bytes.contains(escape) ? nil : bytes
    }
}

extension FieldReader {
    public var packedFields: PackedFields? { nil }

    public func withUTF8<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        var s = string(i)
        return s.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
}

/// A fact the journal keeps. Each event type knows its positional field layout and how it
/// changes the in-memory state; commands produce them, the store persists and replays them.
public protocol DomainEvent: Sendable {
    static var type: String { get }
    init(fields: any FieldReader) throws(EventDecodingError)
    var fields: [String] { get }
    func apply(to state: inout StoreState)
}

public struct EventDecodingError: Error, CustomStringConvertible {
    public var type: String
    public var reason: String
    public init(type: String, reason: String) { self.type = type; self.reason = reason }
    public var description: String { "\(type): \(reason)" }
}

/// Typed field access with errors that name the event type and field.
public struct FieldDecoder {
    let reader: any FieldReader
    let packed: PackedFields?
    let type: String

    public init(_ reader: any FieldReader, type: String, minimumCount: Int) throws(EventDecodingError) {
        guard reader.fieldCount >= minimumCount else {
            throw EventDecodingError(type: type, reason: "has \(reader.fieldCount) fields, needs \(minimumCount)")
        }
        self.reader = reader; self.type = type
        packed = reader.packedFields
    }

    public func string(_ i: Int) -> String {
        if let plain = packed?.plain(i) { return String(decoding: plain, as: UTF8.self) }
        return i < reader.fieldCount ? reader.string(i) : ""
    }

    public func optionalString(_ i: Int) -> String? { isEmpty(i) ? nil : string(i) }

    public func isEmpty(_ i: Int) -> Bool { bytes(i) { $0.isEmpty } }

    public func bool(_ i: Int) -> Bool { bytes(i) { $0.count == 1 && $0[0] == UInt8(ascii: "1") } }

    public func int(_ i: Int) throws(EventDecodingError) -> Int {
        guard let v = bytes(i, Self.parseInt) else { throw fail(i, "is not a whole number") }
        return v
    }

    public func optionalInt(_ i: Int) throws(EventDecodingError) -> Int? {
        if isEmpty(i) { return nil }
        return try int(i)
    }

    public func time(_ i: Int) throws(EventDecodingError) -> CivilTime {
        guard let t = bytes(i, CivilTime.init(utf8:)) else { throw fail(i, "is not a time") }
        return t
    }

    public func optionalTime(_ i: Int) throws(EventDecodingError) -> CivilTime? {
        if isEmpty(i) { return nil }
        return try time(i)
    }

    public func optionalDate(_ i: Int) throws(EventDecodingError) -> CivilDate? {
        if isEmpty(i) { return nil }
        guard let d = bytes(i, CivilDate.init(utf8:)) else { throw fail(i, "is not a date") }
        return d
    }

    public func list(_ i: Int) -> [String] {
        let commas = bytes(i) { $0.isEmpty ? nil : $0.contains(UInt8(ascii: ",")) }
        switch commas {
        case nil: return []
        case false?: return [string(i)]
        case true?: return string(i).split(separator: ",", omittingEmptySubsequences: true).map(String.init)
        }
    }

    /// A `key=number,key=number` field (see `KeyNumberPairs`); a pair that is not one key and
    /// one whole number is refused, named in the error.
    public func numbersByKey(_ i: Int, what: String) throws(EventDecodingError) -> [String: Int] {
        var result: [String: Int] = [:]
        let bad = bytes(i) { field in
            KeyNumberPairs.walk(field) { key, number in result[String(decoding: key, as: UTF8.self)] = number }
                .map { badPair(i, what, $0) }
        }
        if let bad { throw bad }
        return result
    }

    /// Survey ratings, read as `numbersByKey` reads them.
    public func ratings(_ i: Int) throws(EventDecodingError) -> Ratings {
        try bytes(i) { field in Ratings.read(field) { badPair(i, "rating", $0) } }.get()
    }

    private func badPair(_ i: Int, _ what: String, _ pair: UnsafeRawBufferPointer) -> EventDecodingError {
        fail(i, "has a bad \(what) \(String(reflecting: String(decoding: pair, as: UTF8.self)))")
    }

    /// A code of an enum whose cases can be listed: found by comparing bytes, no String made
    /// (anything else is read by `init(rawValue:)` as below).
    public func enumValue<E: RawRepresentable & CaseIterable>(_ i: Int, _: E.Type) throws(EventDecodingError) -> E
    where E.RawValue == String {
        let found = bytes(i) { field in
            E.allCases.first { c in
                var name = c.rawValue
                return name.withUTF8 { $0.count == field.count && UnsafeRawBufferPointer($0).elementsEqual(field) }
            }
        }
        if let found { return found }
        return try byRawValue(i)
    }

    public func enumValue<E: RawRepresentable>(_ i: Int, _: E.Type) throws(EventDecodingError) -> E where E.RawValue == String {
        try byRawValue(i)
    }

    private func byRawValue<E: RawRepresentable>(_ i: Int) throws(EventDecodingError) -> E where E.RawValue == String {
        guard let v = E(rawValue: string(i)) else { throw fail(i, "has unknown value \(string(i))") }
        return v
    }

    /// Field `i`'s bytes; a field past the record's end reads as empty.
    func bytes<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let plain = packed?.plain(i) { return body(plain) }
        return i < reader.fieldCount ? reader.withUTF8(i, body) : body(UnsafeRawBufferPointer(start: nil, count: 0))
    }

    /// What `Int(String)` accepts: an optional sign and decimal digits, no overflow.
    static func parseInt(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard let first = bytes.first else { return nil }
        let negative = first == UInt8(ascii: "-")
        let start = negative || first == UInt8(ascii: "+") ? 1 : 0
        guard start < bytes.count else { return nil }
        var value = 0
        for i in start ..< bytes.count {
            let digit = bytes[i] &- UInt8(ascii: "0")
            guard digit <= 9 else { return nil }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times10.subtractingReportingOverflow(Int(digit))
                                      : times10.addingReportingOverflow(Int(digit))
            guard !o1, !o2 else { return nil }
            value = next
        }
        return value
    }

    func fail(_ i: Int, _ what: String) -> EventDecodingError {
        EventDecodingError(type: type, reason: "field \(i + 1) \(what)")
    }
}

/// Field encoding helpers, the mirror of `FieldDecoder`.
public enum FieldEncoding {
    public static func bool(_ b: Bool) -> String { b ? "1" : "0" }
    public static func optional(_ v: CustomStringConvertible?) -> String { v.map { $0.description } ?? "" }
    public static func list(_ items: some Sequence<String>) -> String { items.joined(separator: ",") }
}
