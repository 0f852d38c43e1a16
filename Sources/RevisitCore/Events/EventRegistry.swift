/// Every event type the journal may hold. A new event type is added here once.
public enum EventRegistry {
    public static let all: [any DomainEvent.Type] = [
        CustomerSaved.self,
        VehicleSaved.self,
        VisitSaved.self,
        ComplaintOpened.self,
        ComplaintUpdated.self,
        CallLogged.self,
        TaskClaimed.self,
        TaskReleased.self,
    ]

    public static let byType: [String: any DomainEvent.Type] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.type, $0) })

    public static func decode(type: String, fields: any FieldReader) throws(EventDecodingError) -> any DomainEvent {
        guard let eventType = byType[type] else {
            throw EventDecodingError(type: type, reason: "unknown event type")
        }
        return try eventType.init(fields: fields)
    }
}

/// Fields held in memory, for tests and for re-reading what was just written.
public struct ArrayFieldReader: FieldReader {
    public var values: [String]
    public init(_ values: [String]) { self.values = values }
    public var fieldCount: Int { values.count }
    public func string(_ i: Int) -> String { values[i] }
}
