import ArgumentParser
import RevisitCore
import RevisitTUI

struct ComplaintListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List complaints as they stood at a moment, with their flags.")

    enum Order: String, ExpressibleByArgument, CaseIterable { case id, queue }

    @OptionGroup var options: StoreOptions
    @Option(name: .customLong("as-of"), help: "YYYY-MM-DD HH:MM (default: now, or the latest recorded change if later).") var asOf: String?
    @Option(help: "Only this status (as of then): \(ComplaintStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    var status: String?
    @Flag(help: "Only complaints not closed (as of then), as the supervisor's complaint queue shows them.")
    var live = false
    @Option(help: "id (opening order) or queue (the supervisor's order: crisis, escalated, overdue, no contact, deadline).")
    var order: Order = .id
    @Option(help: "text, csv or json.") var format: OutputFormat = .text

    func run() throws {
        let session = try Session(options)
        let asOf = try session.complaintAsOf(asOf)
        let wanted: ComplaintStatus? = try spelled(status, "--status")
        if live, wanted == .closed { throw Refusal("--live lists the complaints not closed; it cannot go with --status closed") }
        var standings = session.store.state.complaintStandings(asOf: asOf, clocks: session.complaintClocks)
        if order == .queue { standings = standings.sorted(by: ComplaintStanding.queueOrder) }
        let rows = standings.filter { (wanted == nil || $0.complaint.status == wanted) && (!live || $0.complaint.status.isLive) }
            .map { ComplaintOutput(standing: $0, state: session.store.state) }
        switch format {
        case .csv:
            print(CSVOutput.line(ComplaintOutput.csvHeader))
            for r in rows { print(CSVOutput.line(r.csvRow)) }
        case .json:
            print(try JSONOutput.string(["as_of": asOf.description, "complaints": rows.map(\.json)] as [String: Any]))
        case .text:
            for r in rows { print(Sanitizer.keepingLineBreaks(r.listLine)) }
        }
    }
}
