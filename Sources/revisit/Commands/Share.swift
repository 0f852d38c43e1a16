import ArgumentParser
import RevisitCore
import RevisitStore

struct Share: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Share an existing store with a group of the server's users, each rep's login in it (admins only).")

    @OptionGroup var options: StoreOptions
    @Option(help: "The group: its members may then save in the store.") var group: String

    func run() throws {
        let session = try Session(options)
        try session.requireAdmin(to: "share the store")
        let changed = try StoreSharing.share(options.url, group: group)
        print("shared \(options.url.path) with group \(group): \(changed.files) files and \(changed.folders) folders")
    }
}
