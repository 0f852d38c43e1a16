import Foundation

/// Why a folder opens as no store: it holds none, or the user may not look inside it. A rep
/// whose login is not in the store's group (its folder is mode 0750) met "is not a Revisit
/// store; create one", an invitation to make a second, empty store.
enum MissingStore {
    static func error(at directory: URL) -> StoreError {
        var info = stat()
        let config = directory.appendingPathComponent(ConfigFile.name).path
        let code = stat(config, &info) == 0 ? 0 : errno
        return error(at: directory, code: code, group: groupName(of: directory))
    }

    /// `code` is what `stat` of the config file set errno to.
    static func error(at directory: URL, code: Int32, group: String?) -> StoreError {
        guard code == EACCES else {
            return .notAStore("\(directory.path) is not a Revisit store (no \(ConfigFile.name)); create one with `revisit init` or `revisit demo`")
        }
        let whom = group.map { "its group \($0)" } ?? "its group"
        return .io("cannot open the store \(directory.path): Permission denied; it is open to \(whom) only, so ask its admin to add your login to that group")
    }

    private static func groupName(of directory: URL) -> String? {
        var info = stat()
        guard stat(directory.path, &info) == 0, let group = getgrgid(info.st_gid) else { return nil }
        return String(cString: group.pointee.gr_name)
    }
}
