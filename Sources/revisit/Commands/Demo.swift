import ArgumentParser
import Foundation
import RevisitCore
import RevisitStore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a store full of realistic demo data (refuses to overwrite an existing store).",
        discussion: "Without --store or $REVISIT_STORE the demo store is ~/.local/share/revisit-demo.")

    @Option(name: .long, help: "The store directory.") var store: String?
    @Option(help: "How many customers.") var customers: Int = 1000
    @Option(help: "Seed: the same seed and day give the same store.") var seed: UInt64 = 1
    @Option(help: "The day the data ends at (default: today).") var today: String?
    @Flag(help: "Open the terminal interface on it afterwards (an existing demo store is reused).")
    var open = false

    var url: URL {
        if let store { return URL(fileURLWithPath: store) }
        if let env = Session.environment("REVISIT_STORE") { return URL(fileURLWithPath: env) }
        return StoreOptions.home.appendingPathComponent(".local/share/revisit-demo")
    }

    func run() throws {
        guard (1...2_000_000).contains(customers) else { throw Refusal("--customers must be from 1 to 2000000") }
        if RevisitStore.exists(at: url) {
            guard open else { throw StoreError.alreadyExists("\(url.path) already holds a store; demo will not overwrite it") }
            print("opening the existing store at \(url.path)")
        } else {
            try create()
        }
        if open { try OpenInterface.run(storeURL: url) }
    }

    func create() throws {
        var config = ShopConfig()
        config.shopName = "Revisit demo 4S shop"
        let day: CivilDate
        if let today {
            guard let d = CivilDate(today) else { throw Refusal("--today \(today) " + BadDateText.date(today)) }
            day = d
        } else {
            day = try Session.now(in: config.timeZone).date
        }
        let login = Session.osLogin
        // Under a second at the default size, over a minute at a hundred thousand customers: say what is coming.
        print("creating a demo store of \(customers) customers at \(url.path)…")
        try RevisitStore.create(at: url, config: config, admin: StaffMember(login: login, name: login, role: .admin))
        let store = try RevisitStore(opening: url)
        for member in DemoGenerator.staff where member.login != login { try store.addStaff(member) }
        var generator = DemoGenerator(customers: customers, seed: seed, today: day)
        // The history is made in memory by the app's own commands and written in large batches,
        // in the background, straight to the new store's journal.
        let appender = try BackgroundAppender(store: url, author: login)
        var history = DemoHistory(state: StoreState(), staff: store.staff, seed: seed, today: day)
        history.writer = { appender.append($0) }
        let summary = history.importOrders(generator.repairOrders(), as: login, at: CivilTime(date: day, hour: 8))
        history.addCalls(config: config)
        history.addComplaints()
        try history.finish()
        try appender.finish()
        // Opening it once writes the state cache, so the first real open of a large demo is quick.
        _ = try RevisitStore(opening: url)
        print("created demo store \(url.path): \(summary.map { "\($0)" } ?? "no repair orders");",
              "\(history.state.calls.calls.count) calls, \(history.state.complaints.count) complaints")
    }
}
