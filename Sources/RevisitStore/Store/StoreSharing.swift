import Foundation

/// Gives a store to a group of the server's users, so each rep's own login may save in it
/// (see `FileModes`): at creation (`RevisitStore.create(sharedWith:)`) or afterwards (`share`).
public enum StoreSharing {
    /// The group's id; refused by name when the server has no such group.
    static func groupID(_ group: String) throws(StoreError) -> gid_t {
        guard let entry = getgrnam(group) else {
            throw .badInput("there is no group \(group) on this server (an admin makes one with groupadd and adds each rep's login to it)")
        }
        return entry.pointee.gr_gid
    }

    /// Gives every file and folder of the store at `directory` to `group`: folders 2770 with
    /// the set-group-ID bit, files 0660. Returns how many files and folders it changed.
    public static func share(_ directory: URL, group: String) throws(StoreError) -> (files: Int, folders: Int) {
        let gid = try groupID(group)
        guard RevisitStore.exists(at: directory) else { throw MissingStore.error(at: directory) }
        var counts = (files: 0, folders: 0)
        func give(_ path: String, isFolder: Bool) throws(StoreError) {
            do { try FileModes.give(path, to: gid, isFolder: isFolder) } catch { throw .io("\(error)") }
            if isFolder { counts.folders += 1 } else { counts.files += 1 }
        }
        try give(directory.path, isFolder: true)
        let entries = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey])
        while let url = entries?.nextObject() as? URL {
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
            if values?.isSymbolicLink == true { continue }
            try give(url.path, isFolder: values?.isDirectory == true)
        }
        return counts
    }
}
