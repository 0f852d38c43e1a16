import ArgumentParser
import RevisitCore

struct ComplaintOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Record a complaint in the customer's words; you own it. Prints its id.")

    @OptionGroup var options: StoreOptions
    @Option(help: "Customer id, phone or plate.") var customer: String
    @Option(help: "\(ComplaintCategory.allCases.map(\.rawValue).joined(separator: ", ")).") var category: String
    @Option(help: "The customer's words, verbatim.") var words: String
    @Option(help: "The call the complaint came from.") var call: String?
    @Option(help: "Vehicle plate (default: the customer key, when it is a plate).") var plate: String?
    @Option(help: "\(ComplaintChannel.allCases.map(\.rawValue).joined(separator: ", ")) (default: follow-up-call with --call, else inbound-call).")
    var channel: String?
    @Option(help: "\(ComplaintCrisis.allCases.map(\.rawValue).joined(separator: ", ")).") var crisis: String?
    @Option(help: "Responsible department (default: the responsible person's).") var department: String?
    @Option(help: "Responsible person's login.") var responsible: String?
    @Option(help: "Deadline YYYY-MM-DD, signed by you.") var deadline: String?
    @Option(help: "A note for the history.") var note: String?
    @Option(help: "When it was received, YYYY-MM-DD HH:MM (default: now).") var at: String?

    func run() throws {
        let session = try Session(options)
        let command = OpenComplaint(
            customer: customer, plate: plate, callID: call, channel: try spelled(channel, "--channel"), words: words,
            category: try spelled(category, "--category")!, crisis: try spelled(crisis, "--crisis") ?? .none,
            department: department ?? "", responsible: responsible ?? "",
            deadline: try civilDate(deadline, "--deadline"), note: note ?? "")
        print(try session.perform(command, at: session.time(at, option: "--at")))
    }
}
