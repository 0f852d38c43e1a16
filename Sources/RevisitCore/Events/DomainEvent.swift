/// Read access to one stored record's positional fields. The store's line reader conforms,
/// so events decode straight from the journal's bytes.
public protocol FieldReader {
    var fieldCount: Int { get }
    func string(_ i: Int) -> String
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
    let type: String

    public init(_ reader: any FieldReader, type: String, minimumCount: Int) throws(EventDecodingError) {
        guard reader.fieldCount >= minimumCount else {
            throw EventDecodingError(type: type, reason: "has \(reader.fieldCount) fields, needs \(minimumCount)")
        }
        self.reader = reader; self.type = type
    }

    public func string(_ i: Int) -> String { i < reader.fieldCount ? reader.string(i) : "" }

    public func optionalString(_ i: Int) -> String? { let s = string(i); return s.isEmpty ? nil : s }

    public func bool(_ i: Int) -> Bool { string(i) == "1" }

    public func int(_ i: Int) throws(EventDecodingError) -> Int {
        guard let v = Int(string(i)) else { throw fail(i, "is not a whole number") }
        return v
    }

    public func optionalInt(_ i: Int) throws(EventDecodingError) -> Int? {
        let s = string(i)
        if s.isEmpty { return nil }
        guard let v = Int(s) else { throw fail(i, "is not a whole number") }
        return v
    }

    public func time(_ i: Int) throws(EventDecodingError) -> CivilTime {
        guard let t = CivilTime(string(i)) else { throw fail(i, "is not a time") }
        return t
    }

    public func optionalTime(_ i: Int) throws(EventDecodingError) -> CivilTime? {
        let s = string(i)
        if s.isEmpty { return nil }
        guard let t = CivilTime(s) else { throw fail(i, "is not a time") }
        return t
    }

    public func optionalDate(_ i: Int) throws(EventDecodingError) -> CivilDate? {
        let s = string(i)
        if s.isEmpty { return nil }
        guard let d = CivilDate(s) else { throw fail(i, "is not a date") }
        return d
    }

    public func list(_ i: Int) -> [String] {
        let s = string(i)
        return s.isEmpty ? [] : s.split(separator: ",", omittingEmptySubsequences: true).map(String.init)
    }

    public func enumValue<E: RawRepresentable>(_ i: Int, _: E.Type) throws(EventDecodingError) -> E where E.RawValue == String {
        guard let v = E(rawValue: string(i)) else { throw fail(i, "has unknown value \(string(i))") }
        return v
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
