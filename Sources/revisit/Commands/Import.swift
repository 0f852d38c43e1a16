import ArgumentParser
import Foundation
import RevisitCore
import RevisitStore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Import data into the store.",
                                                    subcommands: [ImportRepairOrdersCommand.self])
}

struct ImportRepairOrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair-orders",
        abstract: "Import a repair-order CSV export (all or nothing unless --skip-invalid).")

    @OptionGroup var options: StoreOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Import the good rows; write the bad ones with a reason to FILE.rejected.csv.")
    var skipInvalid = false

    func run() throws {
        let session = try Session(options)
        let url = URL(fileURLWithPath: file)
        let parsed = try RepairOrderFile(contentsOf: url)
        for w in parsed.warnings { FileHandle.standardError.write(Data("revisit: warning: \(w)\n".utf8)) }
        if !parsed.problems.isEmpty && !skipInvalid {
            for p in parsed.problems { FileHandle.standardError.write(Data("\(file):\(p)\n".utf8)) }
            throw Refusal("\(file): \(parsed.rejectedRows.count) invalid row(s); nothing imported (use --skip-invalid to import the rest)")
        }
        // The orders' keys are worked out on the other core while the import matches the customers.
        let orders = parsed.orders
        let keys = BackgroundWork { OrderKeys(orders) }
        // The last command of this process: the store's state need not take the orders.
        let summary = try session.perform(ImportRepairOrders(orders: orders, keys: { keys.wait() }), applying: false)
        var line = "imported \(file): \(summary)"
        if !parsed.rejectedRows.isEmpty {
            let rejected = url.path + ".rejected.csv"
            try AtomicFile.write(parsed.rejectedCSV(), to: URL(fileURLWithPath: rejected))
            line += "; \(parsed.rejectedRows.count) row(s) rejected to \(rejected)"
        }
        print(line)
        // The process ends next: freeing every order on the way out would only delay that.
        ReleaseInBackground.release(parsed)
    }
}
