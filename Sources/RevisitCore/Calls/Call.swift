/// One logged call: who called whom, when, on which task, and what the customer said.
public struct Call: Hashable, Sendable {
    /// `K000001`, handed out from the ledger's counter under the store's lock.
    public var id: String
    /// Staff login of the rep who made the call.
    public var caller: String
    public var customerID: String
    public var taskID: String
    public var taskKind: TaskKind
    /// The repair order the call follows, if any.
    public var visitRO: String?
    /// The number dialled (digits), so a wrong-number outcome marks the right one.
    public var phone: String
    /// When the call was made (a paper sheet may be entered later).
    public var callAt: CivilTime
    /// When it was entered.
    public var enteredAt: CivilTime
    public var outcome: CallOutcome
    /// Survey question id -> rating 1...5; a question not asked is absent.
    public var ratings: Ratings
    public var overall: Int?
    /// The customer's own words, byte for byte as entered.
    public var words: String
    public var mentionedServiceDate: CivilDate?
    public var mentionedMileage: Int?
    public var problem: Bool
    public var winBackCause: WinBackCause?
    public var callbackAt: CivilTime?
    /// The customer's answer on a complaint recall: satisfied or not; nil when not asked.
    public var satisfied: Bool?

    public init(id: String, caller: String, customerID: String, taskID: String, taskKind: TaskKind,
                visitRO: String? = nil, phone: String = "", callAt: CivilTime, enteredAt: CivilTime,
                outcome: CallOutcome, ratings: Ratings = [:], overall: Int? = nil, words: String = "",
                mentionedServiceDate: CivilDate? = nil, mentionedMileage: Int? = nil, problem: Bool = false,
                winBackCause: WinBackCause? = nil, callbackAt: CivilTime? = nil, satisfied: Bool? = nil) {
        self.id = id; self.caller = caller; self.customerID = customerID; self.taskID = taskID
        self.taskKind = taskKind; self.visitRO = visitRO; self.phone = phone; self.callAt = callAt
        self.enteredAt = enteredAt; self.outcome = outcome; self.ratings = ratings; self.overall = overall
        self.words = words; self.mentionedServiceDate = mentionedServiceDate
        self.mentionedMileage = mentionedMileage; self.problem = problem; self.winBackCause = winBackCause
        self.callbackAt = callbackAt; self.satisfied = satisfied
    }

    /// A problem flag or any rating of 2 or less: the call should offer the quick-handling form.
    public var showsProblem: Bool {
        problem || ratings.values.contains { $0 <= 2 } || (overall.map { $0 <= 2 } ?? false)
    }
}

public enum CallID {
    public static func make(_ number: Int) -> String { "K" + Digits.pad(number, 6) }

    static func number(_ id: String) -> Int? {
        var n = 0
        var digits = id.utf8.makeIterator()
        guard digits.next() == UInt8(ascii: "K") else { return nil }
        var count = 0
        while let b = digits.next() {
            guard b >= 48, b <= 57, count < 18 else { return nil }
            n = n * 10 + Int(b - 48)
            count += 1
        }
        return count > 0 ? n : nil
    }
}
