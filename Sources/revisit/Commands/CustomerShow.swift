import ArgumentParser
import Foundation
import RevisitCore
import RevisitTUI

struct CustomerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "customer", abstract: "Look up customers.",
                                                    subcommands: [CustomerShow.self, CustomerFind.self])
}

struct CustomerShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show",
        abstract: "Show a customer's card: KEY is a customer id, a phone or a plate.")

    @OptionGroup var options: StoreOptions
    @Argument(help: "Customer id, phone or plate.") var key: String
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        let session = try Session(options)
        let state = session.store.state
        guard let customer = state.findCustomer(key) else {
            throw CommandError.notFound("no customer with id, phone or plate \(String(reflecting: key))")
        }
        let now = try session.now
        var card = CustomerCard(customer: customer, state: state)
        for v in card.vehicles {
            card.serviceDates[v.plateKey] = state.nextServiceDate(ofPlate: v.plateKey, at: now, rules: session.store.config.rules)
        }
        card.today = now.date
        card.complaints = session.complaints(of: customer.id, asOf: try session.complaintAsOf(nil))
        (card.calls, card.tasks) = session.callsAndTasks(of: customer.id, asOf: now)
        switch format {
        case .json: print(try JSONOutput.string(card.json))
        case .text, .csv: print(Sanitizer.keepingLineBreaks(card.text), terminator: "")
        }
    }
}
