/// A problem customer: a reached call in the period flagged as a problem or with any rating
/// (a question's or the overall one) of 2 or less.
public struct ProblemCall: Hashable, Sendable {
    public var callID: String
    public var callAt: CivilTime
    public var caller: String
    public var customerID: String
    public var customerName: String
    public var phone: String
    /// The departments of the questions rated 2 or less; else the complaint's department;
    /// empty when neither says (a flag or a low overall rating alone).
    public var departments: [String]
    /// Question ids rated 2 or less with their ratings, in survey order.
    public var lowRatings: [QuestionRating]
    public var overall: Int?
    public var flagged: Bool
    /// The customer's words verbatim.
    public var words: String
    /// The complaint opened from this call, as it stands when the report is made.
    public var complaint: ComplaintState?

    public init(callID: String, callAt: CivilTime, caller: String, customerID: String, customerName: String,
                phone: String, departments: [String], lowRatings: [QuestionRating], overall: Int?, flagged: Bool,
                words: String, complaint: ComplaintState?) {
        self.callID = callID; self.callAt = callAt; self.caller = caller; self.customerID = customerID
        self.customerName = customerName; self.phone = phone; self.departments = departments
        self.lowRatings = lowRatings; self.overall = overall; self.flagged = flagged; self.words = words
        self.complaint = complaint
    }
}

public struct QuestionRating: Hashable, Sendable {
    public var question: String
    public var rating: Int
    public init(question: String, rating: Int) { self.question = question; self.rating = rating }
}

/// Where a complaint stands: what was done about a problem.
public struct ComplaintState: Hashable, Sendable {
    public var id: String
    /// The status spelling (`open`, `in-progress`, `waiting`, `resolved`, `closed`).
    public var status: String
    public var resolution: String

    public init(id: String, status: String, resolution: String) { self.id = id; self.status = status; self.resolution = resolution }
}

/// One complaint in the monthly report.
public struct ComplaintLine: Hashable, Sendable {
    public var id: String
    public var receivedAt: CivilTime
    public var customerID: String
    public var customerName: String
    public var words: String
    public var category: String
    /// `none` or the kind of crisis.
    public var crisis: String
    public var owner: String
    public var responsible: String
    public var deadline: CivilDate?
    public var status: String
    public var resolvedAt: CivilTime?
    /// Resolved on or before the deadline day: true; after it, or still unresolved when the
    /// deadline day is over: false; nil when there is no deadline or it has not yet passed.
    public var onTime: Bool?
    /// The answer on the last reached recall call: satisfied or not; nil when none.
    public var recallSatisfied: Bool?
    /// The customer's words on that call.
    public var reaction: String

    public init(id: String, receivedAt: CivilTime, customerID: String, customerName: String, words: String,
                category: String, crisis: String, owner: String, responsible: String, deadline: CivilDate?,
                status: String, resolvedAt: CivilTime?, onTime: Bool?, recallSatisfied: Bool?, reaction: String) {
        self.id = id; self.receivedAt = receivedAt; self.customerID = customerID; self.customerName = customerName
        self.words = words; self.category = category; self.crisis = crisis; self.owner = owner
        self.responsible = responsible; self.deadline = deadline; self.status = status; self.resolvedAt = resolvedAt
        self.onTime = onTime; self.recallSatisfied = recallSatisfied; self.reaction = reaction
    }
}

/// A satisfaction follow-up that was never made: it expired or ended unreachable.
public struct MissedFollowup: Hashable, Sendable {
    public var taskID: String
    public var customerID: String
    public var customerName: String
    public var visitRO: String
    /// The task's status as spelled: `expired` or `unreachable` (see `MissedFollowUps`).
    public var reason: String
    public var endedAt: CivilTime
    public var attempts: Int

    public init(taskID: String, customerID: String, customerName: String, visitRO: String, reason: String,
                endedAt: CivilTime, attempts: Int) {
        self.taskID = taskID; self.customerID = customerID; self.customerName = customerName; self.visitRO = visitRO
        self.reason = reason; self.endedAt = endedAt; self.attempts = attempts
    }
}
