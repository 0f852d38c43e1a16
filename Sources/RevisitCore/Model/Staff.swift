public enum Role: String, CaseIterable, Sendable {
    case rep, advisor, supervisor, manager, admin

    /// Supervisors' powers (reassign, re-sign deadlines, close) belong to managers and admins too.
    public var canSupervise: Bool { self == .supervisor || self == .manager || self == .admin }
}

public struct StaffMember: Hashable, Sendable {
    public var login: String
    public var name: String
    public var role: Role
    public var department: String
    /// The language the screens speak to this person (one of `ShopConfig.languages`); empty
    /// means the store's, else the terminal's locale.
    public var language: String

    public init(login: String, name: String, role: Role, department: String = "", language: String = "") {
        self.login = login; self.name = name; self.role = role; self.department = department; self.language = language
    }
}
