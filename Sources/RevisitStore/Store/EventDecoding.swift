import Foundation
import RevisitCore

/// Finds a stored record's event type by comparing its type bytes with the registered names,
/// so replaying a line never builds a String for its type. Lines come in runs of one type, so
/// the last match is tried first.
struct EventTypeTable {
    private let names: [[UInt8]]
    private let types: [any DomainEvent.Type]
    private var last = 0

    init(_ all: [any DomainEvent.Type] = EventRegistry.all) {
        names = all.map { Array($0.type.utf8) }
        types = all
    }

    mutating func find(_ bytes: UnsafeRawBufferPointer) -> (any DomainEvent.Type)? {
        if matches(last, bytes) { return types[last] }
        for i in names.indices where matches(i, bytes) {
            last = i
            return types[i]
        }
        return nil
    }

    private func matches(_ i: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard i < names.count, names[i].count == bytes.count else { return false }
        return names[i].withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }
}

/// A journal line as the loader hands it from the decoding threads to the one applying events.
enum Replayed: Sendable {
    case event(any DomainEvent)
    /// Most lines of a large store: held as itself, not boxed as `any DomainEvent`, so loading
    /// does not allocate and free a box for each of a million calls.
    case call(CallLogged)
    case unreadable(String)

    /// A decoder for one thread: its own type table and cursor, so it allocates nothing per line
    /// beyond the event itself.
    @Sendable static func decoder() -> (RecordView) -> Replayed {
        var types = EventTypeTable()
        var cursor: RecordCursor?
        return { view in
            do {
                guard let eventType = types.find(view.typeBytes) else {
                    throw EventDecodingError(type: view.type, reason: "unknown event type")
                }
                let fields = RecordCursor.at(view, reusing: &cursor)
                if ObjectIdentifier(eventType) == ObjectIdentifier(CallLogged.self) {
                    return .call(try CallLogged(fields: fields))
                }
                return .event(try eventType.init(fields: fields))
            } catch {
                return .unreadable("seq \(view.seq): \(error)")
            }
        }
    }
}
