/// What the quick-handling form (快速处理表) decides about a new complaint: how it is
/// classified, who answers for it, and by when.
public struct ComplaintHandling: Hashable, Sendable {
    public var category: ComplaintCategory
    public var crisis: ComplaintCrisis
    public var department: String
    /// Login of the responsible person; empty when nobody is named yet.
    public var responsible: String
    public var deadline: CivilDate?

    public init(category: ComplaintCategory, crisis: ComplaintCrisis = .none, department: String = "",
                responsible: String = "", deadline: CivilDate? = nil) {
        self.category = category; self.crisis = crisis; self.department = department
        self.responsible = responsible; self.deadline = deadline
    }

    /// The opening entry's changes beyond `.opened`.
    var changes: [ComplaintChange] {
        var changes: [ComplaintChange] = [.category(category)]
        if crisis.isCrisis { changes.append(.crisis(crisis)) }
        if !department.isEmpty { changes.append(.department(department)) }
        if !responsible.isEmpty { changes.append(.responsible(responsible)) }
        if let deadline { changes.append(.deadline(deadline)) }
        return changes
    }
}
