/// Records a call on a task: validates what the rep entered, assigns the call id, and
/// yields the call plus any change to the customer (a wrong phone, do-not-call).
/// Logging releases the rep's claim on the task.
public struct LogCall: Command {
    /// A wrong number or a do-not-call request is saved on the customer.
    public var mayChangeDirectory: Bool { outcome == .wrongNumber || doNotCall != nil }
    public var taskID: String
    public var outcome: CallOutcome
    /// When the call was made; nil: now. Earlier for a call entered from a paper sheet.
    public var callAt: CivilTime?
    public var ratings: [String: Int] = [:]
    public var overall: Int?
    public var words = ""
    public var mentionedServiceDate: CivilDate?
    public var mentionedMileage: Int?
    public var problem = false
    public var cause: WinBackCause?
    public var callbackAt: CivilTime?
    /// Mark the customer do-not-call, with this reason.
    public var doNotCall: String?
    public var satisfied: Bool?
    public var config: ShopConfig

    public static let maxWordsCharacters = 4000
    public static let maxMileage = 2_000_000

    public init(taskID: String, outcome: CallOutcome, config: ShopConfig) {
        self.taskID = taskID; self.outcome = outcome; self.config = config
    }

    public func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: Call) {
        let at = callAt ?? context.now
        guard at <= context.now else { throw .invalid("call time \(at) is after now (\(context.now))") }
        try validateEntries(now: context.now)
        let query = TaskQuery(state: context.state, config: config, asOf: at)
        let task = try TaskAccess.find(taskID, query)
        try TaskAccess.refuseUnlessFor(task, context)
        if let cause, task.kind != .winBack {
            throw .invalid("cause \(cause.rawValue): only on a win-back task, not \(task.kind.rawValue)")
        }
        if satisfied != nil, task.kind != .complaintRecall {
            throw .invalid("satisfied: only on a complaint-recall task, not \(task.kind.rawValue)")
        }
        var customer = try TaskAccess.callableCustomer(of: task, in: context.state)
        try TaskAccess.refuseIfHeldByOther(taskID, context)
        let holdsClaim = context.state.calls.activeClaim(on: taskID, at: context.now)?.login == context.actor.login
        if !holdsClaim { try TaskAccess.refuseUnlessOpen(task, at: at) }

        let call = Call(
            id: CallID.make(context.state.calls.lastCallNumber + 1), caller: context.actor.login,
            customerID: customer.id, taskID: task.id, taskKind: task.kind, visitRO: task.visitRO,
            phone: customer.callablePhone ?? "", callAt: at, enteredAt: context.now, outcome: outcome,
            ratings: Ratings(ratings), overall: overall, words: words, mentionedServiceDate: mentionedServiceDate,
            mentionedMileage: mentionedMileage, problem: problem, winBackCause: cause,
            callbackAt: callbackAt, satisfied: satisfied)
        var events: [any DomainEvent] = [CallLogged(call)]
        let before = customer
        if outcome == .wrongNumber, let phone = customer.callablePhone { customer.wrongPhones.insert(phone) }
        if let reason = doNotCall { customer.doNotCall = reason }
        if customer != before { events.append(CustomerSaved(customer)) }
        if let source = TaskSources.source(for: task.kind) { events += try source.eventsAfter(call, on: task, context) }
        return (events, call)
    }

    /// Checks what was entered, independent of the task: every error names the field and value.
    func validateEntries(now: CivilTime) throws(CommandError) {
        let length = words.count
        guard length <= Self.maxWordsCharacters else {
            throw .invalid("words: \(length) characters; at most \(Self.maxWordsCharacters)")
        }
        let known = config.survey.map(\.id)
        for (question, value) in ratings.sorted(by: { $0.key < $1.key }) {
            guard known.contains(question) else {
                throw .invalid("rating \(question)=\(value): no such survey question (known: \(known.joined(separator: ", ")))")
            }
            guard (1...5).contains(value) else { throw .invalid("rating \(question)=\(value): must be 1 to 5") }
        }
        if let overall, !(1...5).contains(overall) { throw .invalid("overall \(overall): must be 1 to 5") }
        if let m = mentionedMileage, !(0...Self.maxMileage).contains(m) {
            throw .invalid("mileage \(m): must be 0 to \(Self.maxMileage)")
        }
        try validateForOutcome(now: now)
    }

    private func validateForOutcome(now: CivilTime) throws(CommandError) {
        let spoken: [(String, Bool)] = [
            ("rating \(ratings.keys.sorted().first ?? "")=\(ratings.sorted { $0.key < $1.key }.first?.value ?? 0)", !ratings.isEmpty),
            ("overall \(overall ?? 0)", overall != nil),
            ("satisfied \(satisfied == true ? "yes" : "no")", satisfied != nil),
            ("cause \(cause?.rawValue ?? "")", cause != nil),
            ("next service date \(mentionedServiceDate?.description ?? "")", mentionedServiceDate != nil),
            ("mileage \(mentionedMileage ?? 0)", mentionedMileage != nil),
        ]
        if outcome != .reached, let (field, _) = spoken.first(where: \.1) {
            throw CommandError(.invalid, .onlyWhenReached(field: field, outcome: outcome))
        }
        let talked = outcome == .reached || outcome == .refused
        if problem, !talked { throw CommandError(.invalid, .problemNeedsTalk(outcome: outcome)) }
        if let reason = doNotCall {
            guard talked else { throw CommandError(.invalid, .doNotCallNeedsTalk(outcome: outcome)) }
            guard !reason.trimmed.isEmpty else { throw .invalid("do-not-call: the reason is empty") }
        }
        switch (outcome, callbackAt) {
        case (.callback, nil): throw .invalid("outcome callback needs a callback time")
        case (.callback, let t?) where t <= now: throw CommandError(.invalid, .callbackNotInFuture(callback: t, now: now))
        case (.callback, _), (_, nil): break
        case (_, let t?): throw CommandError(.invalid, .callbackWithoutCallbackOutcome(callback: t, outcome: outcome))
        }
    }
}
