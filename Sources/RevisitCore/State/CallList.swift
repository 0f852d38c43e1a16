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
/// decoded when read, since a store holds close to a million and a queue or a report reads
/// a few thousand of them: decoding them all was most of an open's time. Calls logged since
/// are kept as they are.
public struct CallList: RandomAccessCollection, Equatable, Sendable {
    private var encoded = EncodedEntities<Call>()
    private var logged: [Call] = []
    /// Of every call, encoded or logged.
    private(set) var summaries: [CallSummary] = []

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { summaries.count }

    public subscript(i: Int) -> Call { i < encoded.count ? encoded[i] : logged[i - encoded.count] }

    public static func == (a: CallList, b: CallList) -> Bool { a.elementsEqual(b) }

    func callAt(_ i: Int) -> CivilTime { summaries[i].callAt }

    func outcome(of i: Int) -> CallOutcome { summaries[i].outcome }

    func customerID(of i: Int) -> String { i < encoded.count ? encoded.leadingString(.customerID, of: i) : logged[i - encoded.count].customerID }

    func taskID(of i: Int) -> String { i < encoded.count ? encoded.leadingString(.taskID, of: i) : logged[i - encoded.count].taskID }

    /// Whether call `i` is on `taskID`, without making a String of an encoded call's task id:
    /// its bytes are compared, as the chains file task ids by their bytes' hash.
    func isOnTask(_ i: Int, _ taskID: String) -> Bool {
        i < encoded.count ? encoded.leadingString(.taskID, of: i, is: taskID) : logged[i - encoded.count].taskID == taskID
    }

    func id(of i: Int) -> String { i < encoded.count ? encoded.leadingString(.id, of: i) : logged[i - encoded.count].id }

    mutating func append(_ call: consuming Call) {
        summaries.append(CallSummary(call))
        logged.append(call)
    }

    /// A state image's piece of `records` calls, read before any call is logged; returns each
    /// one's call number, or -1 for an id that is not one (see `CallID`).
    mutating func appendEncoded(_ bytes: UnsafeRawBufferPointer, records: Int,
                                keptAliveBy keeper: (AnyObject & Sendable)?) throws(ImageError) -> [Int] {
        precondition(logged.isEmpty, "an image's calls come before any logged call")
        var numbers: [Int] = []
        numbers.reserveCapacity(records)
        try encoded.append(bytes, records: records, keptAliveBy: keeper) { summary, fields throws(ImageError) in
            summaries.append(summary)
            var f = ImageReader(fields)
            numbers.append(CallID.number(utf8: try f.stringBytes()) ?? -1)
        }
        return numbers
    }

    mutating func reserveCapacity(logged n: Int) {
        summaries.reserveCapacity(count + n)
        logged.reserveCapacity(logged.count + n)
    }

    mutating func reserveCapacity(encoded n: Int) {
        summaries.reserveCapacity(count + n)
        encoded.reserveCapacity(encoded.count + n)
    }

    /// Call `i` as a state image holds it.
    func write(_ i: Int, to w: inout ImageWriter) {
        if i < encoded.count { encoded.withRecord(i) { w.encoded($0) } } else { logged[i - encoded.count].writeRecord(to: &w) }
    }
}
