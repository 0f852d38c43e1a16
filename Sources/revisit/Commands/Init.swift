import ArgumentParser
import RevisitCore
import RevisitStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a store with default settings; you become its admin.")

    @OptionGroup var options: StoreOptions
    @Option(help: "The shop's name.") var shop: String = "Revisit"
    @Option(help: "Share the store with this group of the server's users, each rep's login in it: its files are then the group's to write.")
    var group: String?

    func run() throws {
        var config = ShopConfig()
        config.shopName = shop
        let login = Session.osLogin
        try RevisitStore.create(at: options.url, config: config,
                                admin: StaffMember(login: login, name: login, role: .admin), sharedWith: group)
        print("created store \(options.url.path); \(login) is its admin" + (group.map { "; shared with group \($0)" } ?? ""))
    }
}
