import RevisitCore

/// What the call screen shows on top, and the outcome of taking the call: the task as
/// claimed, or why it could not be.
struct LoadedCall {
    var claim: Result<CallTask, any Error>
    var header: [String] = []
    var overdue = false
    var questions: [(id: String, text: String)] = []
    var customerID = ""
    var plateKey = ""
    /// When the claim was taken, to renew it in time.
    var claimedAt: CivilTime?

    init(taskID: String, session: StoreSession, language: Language) {
        claim = session.perform(ClaimTask(taskID: taskID, config: session.config))
        guard case .success(let task) = claim else { return }
        let state = session.state, m = MessageCatalog.call, now = session.now
        claimedAt = now
        let customer = state.customers[task.customerID]
        let vehicle = state.vehicles[task.plateKey]
        let visit = task.visitRO.flatMap { state.visitIndex(ofRO: $0) }.map { state.visits[$0] }
        customerID = task.customerID
        plateKey = task.plateKey
        overdue = task.isOverdue(at: now)
        // The right part runs to the screen's edge, which cuts it: on a wide terminal all of a
        // visit's items or a complaint's resolution show. What matters most goes first, so a
        // narrow one still shows that the call is overdue, and its kind (the title has its id).
        let due = (overdue ? [m.overdue[language]] : [])
            + [m.due.format(language, ShortDate.time(task.dueAt, now: now)), m.attempts.format(language, task.attempts)]
        let line = { (label: Msg, left: String, right: String) in
            ColumnText.line([(label[language], 9), (left, 30)]) + " " + Sanitizer.singleLine(right)
        }
        header = [
            line(m.customer, "\(task.customerID) \(customer?.name ?? "")  \(customer?.callablePhone ?? "")",
                 "\(MessageCatalog.queue.name(of: task.kind)[language]) · \(task.id)"),
            line(m.vehicle, "\(vehicle?.plate ?? task.plateKey) \(vehicle?.model ?? "")", due.joined(separator: " · ")),
            visit.map { v in
                // The visit's type goes right, with its items: on the left it was cut ("mainte…").
                line(m.visit, "\(v.roNumber) \(v.deliveredAt.date)",
                     [MessageCatalog.domain.name(of: v.type)[language], v.items, v.serviceAdvisor].filter { !$0.isEmpty }
                        .joined(separator: " · "))
            } ?? Self.recalled(task, state).map { c in
                line(m.complaint, "\(c.id) \(c.receivedAt.date) \(MessageCatalog.complaintNames.shortName(of: c.category)[language])",
                     c.resolution.isEmpty ? "" : m.resolved.format(language, c.resolution))
            } ?? "",
        ]
        questions = session.config.survey.map { ($0.id, $0.text(in: language.rawValue)) }
    }

    /// The complaint a recall task confirms, if it is one.
    private static func recalled(_ task: CallTask, _ state: StoreState) -> Complaint? {
        guard task.kind == .complaintRecall, let (id, _) = ComplaintRecallDue.parse(taskID: task.id) else { return nil }
        return state.complaints[id]
    }
}

/// What saving a call returned.
struct SavedCall {
    var result: Result<Call, any Error>
}
