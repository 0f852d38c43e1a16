/// A call was made and recorded.
public struct CallLogged: DomainEvent, Equatable {
    public static let type = "call.logged"
    public var call: Call

    public init(_ call: Call) { self.call = call }

    public init(fields reader: any FieldReader) throws(EventDecodingError) {
        let f = try FieldDecoder(reader, type: Self.type, minimumCount: 19)
        let cause = f.string(16)
        call = Call(
            id: f.string(0), caller: f.string(1), customerID: f.string(2), taskID: f.string(3),
            taskKind: try f.enumValue(4, TaskKind.self), visitRO: f.optionalString(5), phone: f.string(6),
            callAt: try f.time(7), enteredAt: try f.time(8), outcome: try f.enumValue(9, CallOutcome.self),
            ratings: try f.ratings(10), overall: try f.optionalInt(11), words: f.string(12),
            mentionedServiceDate: try f.optionalDate(13), mentionedMileage: try f.optionalInt(14),
            problem: f.bool(15), winBackCause: cause.isEmpty ? nil : try f.enumValue(16, WinBackCause.self),
            callbackAt: try f.optionalTime(17), satisfied: try Self.satisfied(f.string(18)))
    }

    public var fields: [String] {
        let c = call
        return [c.id, c.caller, c.customerID, c.taskID, c.taskKind.rawValue, c.visitRO ?? "", c.phone,
                c.callAt.description, c.enteredAt.description, c.outcome.rawValue,
                FieldEncoding.list(c.ratings.map { "\($0.key)=\($0.value)" }),
                FieldEncoding.optional(c.overall), c.words, FieldEncoding.optional(c.mentionedServiceDate),
                FieldEncoding.optional(c.mentionedMileage), FieldEncoding.bool(c.problem),
                c.winBackCause?.rawValue ?? "", FieldEncoding.optional(c.callbackAt),
                c.satisfied.map { $0 ? "yes" : "no" } ?? ""]
    }

    public func apply(to state: inout StoreState) { state.calls.record(call) }

    private static func satisfied(_ text: String) throws(EventDecodingError) -> Bool? {
        switch text {
        case "": return nil
        case "yes": return true
        case "no": return false
        default: throw EventDecodingError(type: type, reason: "field 19 has unknown value \(text)")
        }
    }
}
