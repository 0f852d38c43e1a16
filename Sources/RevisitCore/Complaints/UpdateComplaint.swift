/// Changes a complaint: status with a note, a note alone, a contact, the resolution, the
/// responsible person, a deadline, or the recall's outcome. Each update is one history
/// entry. Who may do what is `ComplaintPolicy`. The outcome is the complaint afterwards.
public struct UpdateComplaint: Command {
    /// The complaint id (`P000001`, also `p1`).
    public var id: String
    public var update: ComplaintUpdate
    /// Kept verbatim; it is the reason when a signed deadline changes, and the summary for
    /// improvement when a satisfied recall closes the complaint without one.
    public var note: String
    /// The length of the history the caller saw; when given and the complaint has changed
    /// since, the update is refused rather than applied over someone else's change.
    public var expectedVersion: Int?

    public init(id: String, update: ComplaintUpdate = ComplaintUpdate(), note: String = "", expectedVersion: Int? = nil) {
        self.id = id; self.update = update; self.note = note; self.expectedVersion = expectedVersion
    }

    /// The recall call's outcome: satisfied closes the complaint with `summary` as the summary
    /// for improvement; not satisfied sends it back to in-progress (reopened + 1).
    public static func recall(_ id: String, satisfied: Bool, callID: String = "", summary: String = "",
                              note: String = "") -> UpdateComplaint {
        let summary = satisfied && !ComplaintText.isBlank(summary) ? summary : nil
        return UpdateComplaint(id: id, update: ComplaintUpdate(recall: ComplaintRecall(satisfied: satisfied, callID: callID),
                                                               summary: summary), note: note)
    }

    public func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: Complaint) {
        guard let complaint = context.state.complaints.find(id) else { throw .notFound("no complaint \(id)") }
        let last = complaint.history.last
        if let expectedVersion, expectedVersion != complaint.history.count, let last {
            throw CommandError(.conflict, .changedSinceRead(complaint: complaint.id, by: last.by, at: last.at))
        }
        guard context.now >= complaint.lastChangedAt else {
            throw .invalid("complaint \(complaint.id) was last changed at \(complaint.lastChangedAt); "
                           + "a change cannot be dated \(context.now), before it")
        }
        var u = try validated(update.dropping(noOpsOn: complaint), on: complaint, context)
        if let recall = u.recall {
            guard complaint.status == .resolved else {
                throw .invalid("complaint \(complaint.id) is \(complaint.status.rawValue); a recall is made once it is resolved")
            }
            u.status = recall.satisfied ? .closed : .inProgress
            if recall.satisfied && u.summary == nil && !ComplaintText.isBlank(note) { u.summary = note }
        }
        guard !u.isEmpty || !ComplaintText.isBlank(note) else {
            throw CommandError(.invalid, .nothingToChange(complaint: complaint.id))
        }
        try ComplaintPolicy(complaint: complaint, actor: context.actor).check(u, note: note)
        let event = ComplaintUpdated(id: complaint.id, at: context.now, by: context.actor.login, note: note, update: u)
        var after = complaint
        after.record(ComplaintHistoryEntry(at: event.at, by: event.by, changes: u.changes(to: complaint), note: note))
        return ([event], after)
    }

    /// The update with names resolved to logins and every value checked.
    func validated(_ update: ComplaintUpdate, on complaint: Complaint, _ context: CommandContext) throws(CommandError) -> ComplaintUpdate {
        var u = update
        if let d = u.department {
            u.department = try ComplaintText.label(d, what: "department")
            if u.department!.isEmpty { throw .invalid("the department of complaint \(complaint.id) cannot be emptied") }
        }
        if let p = u.responsible {
            let person = try ComplaintText.staffMember(p, role: "responsible person", in: context.staff)
            u.responsible = person.login
            if u.department == nil && complaint.department.isEmpty && !person.department.isEmpty {
                u.department = person.department
            }
        }
        if let o = u.owner { u.owner = try ComplaintText.staffMember(o, role: "owner", in: context.staff).login }
        if let d = u.deadline, d < context.now.date {
            throw CommandError(.invalid, .deadlineInPast(deadline: d, today: context.now.date))
        }
        if let r = u.resolution, ComplaintText.isBlank(r) { throw CommandError(.invalid, .resolutionEmpty(complaint: complaint.id)) }
        if let s = u.summary, ComplaintText.isBlank(s) { u.summary = nil }
        return u.dropping(noOpsOn: complaint)
    }
}
