/// What the ledger's indexes and the report's scan read of every call, kept beside the calls
/// so reading it never decodes one.
struct CallSummary: Sendable {
    let minutes: Int
    let kind: TaskKind
    let outcome: CallOutcome

    init(minutes: Int, kind: TaskKind, outcome: CallOutcome) { self.minutes = minutes; self.kind = kind; self.outcome = outcome }

    init(_ call: borrowing Call) { self.init(minutes: call.callAt.minutes, kind: call.taskKind, outcome: call.outcome) }

    var callAt: CivilTime { CivilTime(minutes: minutes) }

    /// A satisfaction call that reached the customer: one the CSI counts, and one a second
    /// follow-up may come after.
    var isReachedSatisfaction: Bool { kind == .satisfaction && outcome == .reached }
}

/// Every call in the order it was logged. The calls a state image held stay encoded and are
/// decoded when read (see `KeptList`), since a store holds close to a million and a queue or a
/// report reads a few thousand of them: decoding them all was most of an open's time. Calls
/// logged since are kept as they are.
public struct CallList: RandomAccessCollection, Equatable, Sendable {
    private var kept = KeptList<Call>()

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { kept.count }

    public subscript(i: Int) -> Call { kept[i] }

    public static func == (a: CallList, b: CallList) -> Bool { a.elementsEqual(b) }

    /// Of every call, encoded or logged.
    var summaries: [CallSummary] { kept.summaries }

    func callAt(_ i: Int) -> CivilTime { kept.summaries[i].callAt }

    func outcome(of i: Int) -> CallOutcome { kept.summaries[i].outcome }

    func customerID(of i: Int) -> String { kept.leadingString(.customerID, of: i) { $0.customerID } }

    func taskID(of i: Int) -> String { kept.leadingString(.taskID, of: i) { $0.taskID } }

    /// Whether call `i` is on `taskID`, without making a String of an encoded call's task id:
    /// its bytes are compared, as the chains file task ids by their bytes' hash.
    func isOnTask(_ i: Int, _ taskID: String) -> Bool { kept.leadingString(.taskID, of: i, is: taskID) { $0.taskID } }

    func id(of i: Int) -> String { kept.leadingString(.id, of: i) { $0.id } }

    mutating func append(_ call: consuming Call) { kept.append(call) }

    /// A state image's piece of `records` calls, read before any call is logged; returns each
    /// one's call number, or -1 for an id that is not one (see `CallID`).
    mutating func appendEncoded(_ bytes: UnsafeRawBufferPointer, records: Int,
                                keptAliveBy keeper: (AnyObject & Sendable)?) throws(ImageError) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(records)
        try kept.appendEncoded(bytes, records: records, keptAliveBy: keeper) { fields throws(ImageError) in
            var f = ImageReader(fields)
            numbers.append(CallID.number(utf8: try f.stringBytes()) ?? -1)
        }
        return numbers
    }

    mutating func reserveCapacity(logged n: Int) { kept.reserveCapacity(saved: n) }

    mutating func reserveCapacity(encoded n: Int) { kept.reserveCapacity(encoded: n) }

    /// Call `i` as a state image holds it.
    func write(_ i: Int, to w: inout ImageWriter) { kept.write(i, to: &w) }
}
