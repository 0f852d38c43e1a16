/// One logged call: who called whom, when, on which task, and what the customer said.
///
/// A store holds close to a million of these, so the stored properties are laid out to leave
/// little padding (the one-byte fields sit after the optional number), and the optional time
/// and date are kept as a plain count with a marker for "none" that no journal text can spell.
public struct Call: Hashable, Sendable {
    /// `K000001`, handed out from the ledger's counter under the store's lock.
    public var id: String
    /// Staff login of the rep who made the call.
    public var caller: String
    public var customerID: String
    public var taskID: String
    /// The repair order the call follows, if any.
    public var visitRO: String?
    /// The number dialled (digits), so a wrong-number outcome marks the right one.
    public var phone: String
    /// The customer's own words, byte for byte as entered.
    public var words: String
    /// When the call was made (a paper sheet may be entered later).
    public var callAt: CivilTime
    /// When it was entered.
    public var enteredAt: CivilTime
    // Internal, not private, so a state image's reader (`init(from:)`) sets them in place.
    var callbackMinutes: Int
    var mentionedServiceDays: Int
    /// Survey question id -> rating 1...5; a question not asked is absent.
    public var ratings: Ratings
    public var overall: Int?
    public var taskKind: TaskKind
    public var outcome: CallOutcome
    public var problem: Bool
    public var winBackCause: WinBackCause?
    /// The customer's answer on a complaint recall: satisfied or not; nil when not asked.
    public var satisfied: Bool?
    public var mentionedMileage: Int?

    public var callbackAt: CivilTime? {
        get { callbackMinutes == Self.none ? nil : CivilTime(minutes: callbackMinutes) }
        set { callbackMinutes = newValue?.minutes ?? Self.none }
    }

    public var mentionedServiceDate: CivilDate? {
        get { mentionedServiceDays == Self.none ? nil : CivilDate(days: mentionedServiceDays) }
        set { mentionedServiceDays = newValue?.days ?? Self.none }
    }

    /// Beyond any date or time a journal field can hold (four-digit years).
    static let none = Int.min

    public init(id: String, caller: String, customerID: String, taskID: String, taskKind: TaskKind,
                visitRO: String? = nil, phone: String = "", callAt: CivilTime, enteredAt: CivilTime,
                outcome: CallOutcome, ratings: Ratings = [:], overall: Int? = nil, words: String = "",
                mentionedServiceDate: CivilDate? = nil, mentionedMileage: Int? = nil, problem: Bool = false,
                winBackCause: WinBackCause? = nil, callbackAt: CivilTime? = nil, satisfied: Bool? = nil) {
        self.id = id; self.caller = caller; self.customerID = customerID; self.taskID = taskID
        self.taskKind = taskKind; self.visitRO = visitRO; self.phone = phone; self.callAt = callAt
        self.enteredAt = enteredAt; self.outcome = outcome; self.ratings = ratings; self.overall = overall
        self.words = words; self.mentionedServiceDays = mentionedServiceDate?.days ?? Self.none
        self.mentionedMileage = mentionedMileage; self.problem = problem; self.winBackCause = winBackCause
        self.callbackMinutes = callbackAt?.minutes ?? Self.none; self.satisfied = satisfied
    }

    /// A problem flag or any rating of 2 or less: the call should offer the quick-handling form.
    public var showsProblem: Bool {
        problem || ratings.values.contains { $0 <= 2 } || (overall.map { $0 <= 2 } ?? false)
    }
}

public enum CallID {
    public static func make(_ number: Int) -> String { "K" + Digits.pad(number, 6) }

    static func number(_ id: String) -> Int? {
        var id = id
        return id.withUTF8 { number(utf8: UnsafeRawBufferPointer($0)) }
    }

    static func number(utf8 id: UnsafeRawBufferPointer) -> Int? {
        guard id.count > 1, id.count <= 19, id[0] == UInt8(ascii: "K") else { return nil }
        var n = 0
        for b in id.dropFirst() {
            guard b >= 48, b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return n
    }
}
