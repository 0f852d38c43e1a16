/// Why a task left the queue before it expired.
public enum CloseReason: String, Sendable {
    case reached
    /// The last allowed attempt failed (no answer or busy).
    case unreachable
    case wrongNumber = "wrong-number"
    case refused
    /// A visit made the call moot (the car came in for maintenance).
    case serviced
    /// A newer visit moved the next service date, so a new task replaced this one.
    case rescheduled
}

public enum TaskStatus: Hashable, Sendable {
    case open
    case closed(CloseReason)
    case expired

    public var isOpen: Bool { self == .open }

    /// `open`, `expired`, or the close reason (`reached`, `unreachable`, ...).
    public var spelled: String {
        switch self {
        case .open: "open"
        case .expired: "expired"
        case .closed(let why): why.rawValue
        }
    }
}

/// One call to make, derived from the data by a rule (never stored): its id is built from
/// the rule and its subject, so the same facts always give the same task.
public struct CallTask: Hashable, Sendable {
    public var id: String
    public var kind: TaskKind
    public var customerID: String
    /// Plate key of the vehicle concerned, empty when none.
    public var plateKey: String
    /// The repair order the task follows, if any.
    public var visitRO: String?
    /// When the rule first puts the task on the list.
    public var firstDueAt: CivilTime
    /// When it is due now (later after a failed attempt or a callback).
    public var dueAt: CivilTime
    /// From this time on the task is overdue; nil: never.
    public var overdueAt: CivilTime?
    /// From this time on the task has left the queue unworked; nil: never.
    public var expiresAt: CivilTime?
    /// Calls logged on the task so far.
    public var attempts = 0
    /// Of those, no-answer or busy.
    public var failedAttempts = 0
    public var lastContact: CivilTime?
    /// The one staff member this call is for (a complaint recall: the complaint's owner);
    /// nil: anyone. `call next` hands it to nobody else, and only they or a supervisor may
    /// take it (`isFor`).
    public var assignee: String?
    public var claimedBy: String?
    public var claimUntil: CivilTime?
    public var status = TaskStatus.open
    /// When it was closed (the closing call) or expired.
    public var endedAt: CivilTime?

    public init(id: String, kind: TaskKind, customerID: String, plateKey: String = "", visitRO: String? = nil,
                firstDueAt: CivilTime, overdueAt: CivilTime?, expiresAt: CivilTime?) {
        self.id = id; self.kind = kind; self.customerID = customerID; self.plateKey = plateKey
        self.visitRO = visitRO; self.firstDueAt = firstDueAt; self.dueAt = firstDueAt
        self.overdueAt = overdueAt; self.expiresAt = expiresAt
    }

    public func isOverdue(at time: CivilTime) -> Bool { overdueAt.map { time >= $0 } ?? false }

    /// Open and due: it belongs in the queue at `time`.
    public func isDue(at time: CivilTime) -> Bool { status.isOpen && dueAt <= time }
}

extension CallTask {
    /// Whether `actor` may take and log this call: anyone's, unless it is for one person.
    public func isFor(_ actor: StaffMember) -> Bool { actor.role.canSupervise || (assignee ?? actor.login) == actor.login }
}
