/// Why a command was refused, for the refusals a person at a screen meets in a day's work:
/// each has its English sentence here (the command line's, and `CommandError.message`) and
/// its arguments, so a screen can say it in its own language.
public enum CommandReason: Equatable, Sendable {
    case claimedByOther(task: String, login: String, until: CivilTime)
    case taskForOther(task: String, assignee: String)
    case taskNotOpen(task: String, status: String, since: CivilTime?, at: CivilTime)
    /// The rules no longer give the task at `at` (a new visit, a do-not-call, a solved complaint).
    case taskGone(task: String, at: CivilTime)
    /// `doNotCall` is the reason given; nil means no phone is left that is not marked wrong.
    case customerNotCallable(task: String, customer: String, doNotCall: String?)
    case callbackNotInFuture(callback: CivilTime, now: CivilTime)
    case callbackWithoutCallbackOutcome(callback: CivilTime, outcome: CallOutcome)
    /// `field` as the command line names it ("overall 4").
    case onlyWhenReached(field: String, outcome: CallOutcome)
    case problemNeedsTalk(outcome: CallOutcome)
    case doNotCallNeedsTalk(outcome: CallOutcome)
    case recallNeedsSatisfied(task: String)
    /// `key` as typed: a customer id, a phone or a plate.
    case noCustomerMatches(key: String)
    case wordsEmpty
    case deadlineBeforeReceipt(deadline: CivilDate, received: CivilDate)
    case deadlineInPast(deadline: CivilDate, today: CivilDate)
    case changedSinceRead(complaint: String, by: String, at: CivilTime)
    case complaintClosed(complaint: String)
    /// `action` as in "may <action> complaint P000001"; nil for any update.
    case onlyOwnerOrSupervisor(complaint: String, owner: String, action: String?, you: StaffMember)
    case onlySupervisor(SupervisorAction, complaint: String, you: StaffMember)
    case deadlineChangeNeedsReason(complaint: String)
    case resolutionEmpty(complaint: String)
    case nothingToChange(complaint: String)
    case statusUnchanged(complaint: String, status: ComplaintStatus)
    /// `allowed`: the statuses `from` may go to.
    case statusCannotChange(complaint: String, from: ComplaintStatus, to: ComplaintStatus, allowed: [ComplaintStatus])

    public enum SupervisorAction: Equatable, Sendable {
        case reassign, reopen, closeWithoutRecall
        case changeDeadline(signed: CivilDate, signedBy: String)
    }

    public var english: String {
        switch self {
        case .claimedByOther(let task, let login, let until): "task \(task) is claimed by \(login) until \(until)"
        case .taskForOther(let task, let assignee): "task \(task) is for \(assignee); only they or a supervisor may call"
        case .taskNotOpen(let task, let status, let since, let at):
            "task \(task) is \(status)\(since.map { " since \($0)" } ?? ""), not open at \(at)"
        case .taskGone(let task, let at): "task \(task): no such task at \(at)"
        case .customerNotCallable(let task, let customer, let doNotCall?):
            "task \(task): customer \(customer) is marked do-not-call (\(doNotCall))"
        case .customerNotCallable(let task, let customer, nil):
            "task \(task): customer \(customer) has no phone that is not marked wrong"
        case .callbackNotInFuture(let callback, let now): "callback \(callback): not in the future (now \(now))"
        case .callbackWithoutCallbackOutcome(let callback, let outcome):
            "callback \(callback): only with outcome callback, not \(outcome.rawValue)"
        case .onlyWhenReached(let field, let outcome): "\(field): only with outcome reached, not \(outcome.rawValue)"
        case .problemNeedsTalk(let outcome): "problem flag: only with outcome reached or refused, not \(outcome.rawValue)"
        case .doNotCallNeedsTalk(let outcome): "do-not-call: only with outcome refused or reached, not \(outcome.rawValue)"
        case .recallNeedsSatisfied(let task): "task \(task): a recall that reached the customer needs satisfied yes or no"
        case .noCustomerMatches(let key): "no customer matches \(String(reflecting: key)) (give a customer id, phone or plate)"
        case .wordsEmpty: "the customer's words are empty; record what the customer said"
        case .deadlineBeforeReceipt(let deadline, let received):
            "deadline \(deadline) is before the complaint is received (\(received))"
        case .deadlineInPast(let deadline, let today): "deadline \(deadline) is in the past (today is \(today))"
        case .changedSinceRead(let complaint, let by, let at):
            "complaint \(complaint) was changed by \(by) at \(at) since you read it; look again"
        case .complaintClosed(let complaint): "complaint \(complaint) is closed; only a note, or a supervisor's reopen, may change it"
        case .onlyOwnerOrSupervisor(let complaint, let owner, let action, let you):
            "only the owner (\(owner)) or a supervisor may \(action ?? "update") complaint \(complaint); \(Self.describe(you))"
        case .onlySupervisor(let action, let complaint, let you):
            switch action {
            case .reassign: "only a supervisor may reassign complaint \(complaint); \(Self.describe(you))"
            case .reopen: "only a supervisor may reopen closed complaint \(complaint); \(Self.describe(you))"
            case .closeWithoutRecall:
                "only a supervisor may close complaint \(complaint) without a satisfied recall; \(Self.describe(you))"
            case .changeDeadline(let signed, let signedBy):
                "only a supervisor may change the signed deadline of complaint \(complaint) (\(signed), signed by \(signedBy)); \(Self.describe(you))"
            }
        case .deadlineChangeNeedsReason(let complaint): "changing the signed deadline of complaint \(complaint) needs a reason in the note"
        case .resolutionEmpty(let complaint): "the resolution of complaint \(complaint) is empty"
        case .nothingToChange(let complaint):
            "nothing to change in complaint \(complaint): give a status, a note, a contact, a resolution, a responsible person or a deadline"
        case .statusUnchanged(let complaint, let status): "complaint \(complaint) is already \(status.rawValue)"
        case .statusCannotChange(let complaint, let from, let to, let allowed):
            "complaint \(complaint) cannot go from \(from.rawValue) to \(to.rawValue); from \(from.rawValue) it may go to "
                + allowed.map(\.rawValue).joined(separator: " or ")
        }
    }

    private static func describe(_ you: StaffMember) -> String { "you are \(you.role.rawValue) \(you.login)" }
}

extension CommandError {
    public init(_ kind: Kind, _ reason: CommandReason) {
        self.init(kind, reason.english)
        self.reason = reason
    }
}
