/// The store's staff list (kept in staff.toml): who may act, in which role.
public struct StaffDirectory: Sendable, Equatable {
    public private(set) var members: [StaffMember]

    public init(_ members: [StaffMember] = []) { self.members = members }

    public subscript(login: String) -> StaffMember? { members.first { $0.login == login } }

    /// Finds an advisor or other member by login or by name (repair orders carry either).
    public func find(_ loginOrName: String) -> StaffMember? {
        self[loginOrName] ?? members.first { $0.name == loginOrName }
    }

    public static let loginPattern = "lower-case letters, digits, '.', '_' or '-', starting with a letter"

    public static func isValidLogin(_ login: String) -> Bool {
        guard let first = login.unicodeScalars.first, ("a"..."z").contains(first), login.count <= 32 else { return false }
        return login.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
    }

    /// Adds a member; refuses a login already present or malformed.
    public mutating func add(_ member: StaffMember) throws(CommandError) {
        guard Self.isValidLogin(member.login) else {
            throw .invalid("login \(String(reflecting: member.login)) is not valid: use \(Self.loginPattern)")
        }
        guard self[member.login] == nil else { throw .conflict("staff login \(member.login) already exists") }
        try Self.checkName(of: member)
        members.append(member)
    }

    /// Changes a member's name, role, department or language (not the login). Refuses an
    /// unknown login, an empty name, and taking away the store's last admin.
    public mutating func update(_ login: String, _ change: (inout StaffMember) -> Void) throws(CommandError) {
        guard let i = members.firstIndex(where: { $0.login == login }) else { throw .notFound("no staff login \(login)") }
        var member = members[i]
        change(&member)
        guard member.login == login else { throw .invalid("a staff member's login \(login) cannot change") }
        try Self.checkName(of: member)
        if members[i].role == .admin, member.role != .admin, !members.contains(where: { $0.login != login && $0.role == .admin }) {
            throw .invalid("\(login) is the store's last admin; make another member admin first")
        }
        members[i] = member
    }

    private static func checkName(of member: StaffMember) throws(CommandError) {
        guard !member.name.trimmed.isEmpty else { throw .invalid("staff \(member.login): name is empty") }
    }
}
