/// Who may change what on a complaint, and which status may follow which.
///
/// - The owner or a supervisor (`Role.canSupervise`) updates a complaint. The responsible
///   person may add notes and sign the first deadline, nothing else.
/// - Only a supervisor reassigns (changes the owner, or a department or responsible person
///   already set), changes a signed deadline (with a reason in the note), closes a complaint
///   without a satisfied recall, or reopens a closed one.
/// - Statuses: open -> in-progress -> waiting <-> in-progress -> resolved; resolved -> closed
///   (a satisfied recall, or a supervisor); resolved -> in-progress (reopened);
///   closed -> in-progress (a supervisor's reopen). A reopen counts in `reopened`.
struct ComplaintPolicy {
    let complaint: Complaint
    let actor: StaffMember

    static let nextStatuses: [ComplaintStatus: [ComplaintStatus]] = [
        .open: [.inProgress],
        .inProgress: [.waiting, .resolved],
        .waiting: [.inProgress],
        .resolved: [.closed, .inProgress],
        .closed: [.inProgress],
    ]

    var isSupervisor: Bool { actor.role.canSupervise }
    var isOwner: Bool { actor.login == complaint.owner }
    var isResponsible: Bool { !complaint.responsible.isEmpty && actor.login == complaint.responsible }

    func check(_ u: ComplaintUpdate, note: String) throws(CommandError) {
        if let to = u.status { try checkTransition(to: to) }
        if complaint.status == .closed && (u.changingMoreThanStatus || (u.status != nil && u.status != .inProgress)) {
            throw CommandError(.invalid, .complaintClosed(complaint: complaint.id))
        }
        guard isOwner || isSupervisor || isResponsible else {
            throw CommandError(.notAllowed, .onlyOwnerOrSupervisor(complaint: complaint.id, owner: complaint.owner, action: nil, you: actor))
        }
        if !isOwner && !isSupervisor, let action = u.actionsBeyondSigning.first {
            throw CommandError(.notAllowed, .onlyOwnerOrSupervisor(complaint: complaint.id, owner: complaint.owner, action: action, you: actor))
        }
        try checkSupervisorOnly(u, note: note)
    }

    func checkTransition(to: ComplaintStatus) throws(CommandError) {
        let from = complaint.status
        guard from != to else { throw CommandError(.invalid, .statusUnchanged(complaint: complaint.id, status: to)) }
        let allowed = from.nextStatuses
        guard allowed.contains(to) else {
            throw CommandError(.invalid, .statusCannotChange(complaint: complaint.id, from: from, to: to, allowed: allowed))
        }
    }

    func checkSupervisorOnly(_ u: ComplaintUpdate, note: String) throws(CommandError) {
        let id = complaint.id
        let reassigns = u.owner != nil || (u.department != nil && !complaint.department.isEmpty)
            || (u.responsible != nil && !complaint.responsible.isEmpty)
        if reassigns && !isSupervisor {
            throw CommandError(.notAllowed, .onlySupervisor(.reassign, complaint: id, you: actor))
        }
        if u.deadline != nil, let signed = complaint.deadline {
            guard isSupervisor else {
                throw CommandError(.notAllowed, .onlySupervisor(.changeDeadline(signed: signed, signedBy: complaint.deadlineSignedBy),
                                                                complaint: id, you: actor))
            }
            guard !ComplaintText.isBlank(note) else {
                throw CommandError(.invalid, .deadlineChangeNeedsReason(complaint: id))
            }
        }
        if u.status == .closed && u.recall?.satisfied != true && !isSupervisor {
            throw CommandError(.notAllowed, .onlySupervisor(.closeWithoutRecall, complaint: id, you: actor))
        }
        if complaint.status == .closed && u.status == .inProgress && !isSupervisor {
            throw CommandError(.notAllowed, .onlySupervisor(.reopen, complaint: id, you: actor))
        }
    }
}

extension ComplaintStatus {
    /// The statuses an update may move a complaint to from this one (who may is checked apart).
    public var nextStatuses: [ComplaintStatus] { ComplaintPolicy.nextStatuses[self] ?? [] }
}

extension ComplaintUpdate {
    /// Anything besides a status change (a closed complaint refuses these).
    var changingMoreThanStatus: Bool {
        var rest = self
        rest.status = nil
        return !rest.isEmpty
    }

    /// What this update does beyond what the responsible person may (notes and the first
    /// deadline), named as in "may <action> complaint P000001".
    var actionsBeyondSigning: [String] {
        var actions: [String] = []
        if status != nil { actions.append("change the status of") }
        if contacted { actions.append("record a contact on") }
        if category != nil { actions.append("reclassify") }
        if crisis != nil { actions.append("change the crisis of") }
        if owner != nil || department != nil || responsible != nil { actions.append("assign") }
        if resolution != nil { actions.append("record the resolution of") }
        if recall != nil { actions.append("record the recall of") }
        if summary != nil { actions.append("record the summary of") }
        return actions
    }
}
