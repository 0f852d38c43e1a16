import ArgumentParser
import RevisitCore
import RevisitStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a store with default settings; you become its admin.")

    @OptionGroup var options: StoreOptions
    @Option(help: "The shop's name.") var shop: String = "Revisit"

    func run() throws {
        var config = ShopConfig()
        config.shopName = shop
        let login = Session.osLogin
        try RevisitStore.create(at: options.url, config: config,
                                admin: StaffMember(login: login, name: login, role: .admin))
        print("created store \(options.url.path); \(login) is its admin")
    }
}
