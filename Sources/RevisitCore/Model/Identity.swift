/// Who is acting: the OS login, or another staff login when the OS login is an admin
/// (scripts and tests run that way).
public enum Identity {
    public static func resolve(osLogin: String, requested: String?, staff: StaffDirectory) throws(CommandError) -> StaffMember {
        guard let me = staff[osLogin] else {
            throw .notAllowed("login \(osLogin) is not on this store's staff list; an admin can add it with `revisit staff add \(osLogin) --name NAME --role rep`")
        }
        guard let requested, !requested.isEmpty, requested != osLogin else { return me }
        guard me.role == .admin else {
            throw .notAllowed("REVISIT_USER=\(requested) is refused: only an admin may act as another login, and \(osLogin) is \(me.role.rawValue)")
        }
        guard let other = staff[requested] else {
            throw .notAllowed("REVISIT_USER=\(requested) is not on this store's staff list")
        }
        return other
    }
}
