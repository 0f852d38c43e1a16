/// The changes one update asks for; nil (or false) leaves a field as it is.
public struct ComplaintUpdate: Hashable, Sendable {
    public var status: ComplaintStatus?
    /// Records a contact with the customer (the first one stops the first-contact clock).
    public var contacted = false
    public var category: ComplaintCategory?
    public var crisis: ComplaintCrisis?
    public var department: String?
    public var responsible: String?
    public var owner: String?
    public var deadline: CivilDate?
    public var resolution: String?
    public var recall: ComplaintRecall?
    /// The summary for improvement, kept when the complaint closes.
    public var summary: String?

    public init(status: ComplaintStatus? = nil, contacted: Bool = false, category: ComplaintCategory? = nil,
                crisis: ComplaintCrisis? = nil, department: String? = nil, responsible: String? = nil,
                owner: String? = nil, deadline: CivilDate? = nil, resolution: String? = nil,
                recall: ComplaintRecall? = nil, summary: String? = nil) {
        self.status = status; self.contacted = contacted; self.category = category; self.crisis = crisis
        self.department = department; self.responsible = responsible; self.owner = owner
        self.deadline = deadline; self.resolution = resolution; self.recall = recall; self.summary = summary
    }

    /// The update without the parts that would leave `complaint` as it is. A status equal
    /// to the current one is kept, so that it can be refused with a clear message; a
    /// contact is kept too (a later contact is still worth a history entry).
    public func dropping(noOpsOn complaint: Complaint) -> ComplaintUpdate {
        var u = self
        if u.category == complaint.category { u.category = nil }
        if u.crisis == complaint.crisis { u.crisis = nil }
        if u.department == complaint.department { u.department = nil }
        if u.responsible == complaint.responsible { u.responsible = nil }
        if u.owner == complaint.owner { u.owner = nil }
        if u.deadline == complaint.deadline { u.deadline = nil }
        if u.resolution == complaint.resolution { u.resolution = nil }
        return u
    }

    public var isEmpty: Bool { self == ComplaintUpdate() }

    /// The history changes this update makes to `complaint`, in a fixed order.
    public func changes(to complaint: Complaint) -> [ComplaintChange] {
        var changes: [ComplaintChange] = []
        if let r = recall { changes.append(.recall(satisfied: r.satisfied, callID: r.callID)) }
        if let s = status { changes.append(.status(from: complaint.status, to: s)) }
        if contacted { changes.append(.contacted) }
        if let c = category { changes.append(.category(c)) }
        if let c = crisis { changes.append(.crisis(c)) }
        if let o = owner { changes.append(.owner(o)) }
        if let d = department { changes.append(.department(d)) }
        if let p = responsible { changes.append(.responsible(p)) }
        if let d = deadline { changes.append(.deadline(d)) }
        if let r = resolution { changes.append(.resolution(r)) }
        if let s = summary { changes.append(.summary(s)) }
        return changes
    }
}

/// The outcome of the complaint recall call (二次回访).
public struct ComplaintRecall: Hashable, Sendable {
    public var satisfied: Bool
    /// The call that made the recall; empty when recorded without one.
    public var callID: String
    public init(satisfied: Bool, callID: String = "") { self.satisfied = satisfied; self.callID = callID }
}
