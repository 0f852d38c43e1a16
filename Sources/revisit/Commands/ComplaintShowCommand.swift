import ArgumentParser
import RevisitCore
import RevisitTUI

struct ComplaintShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a complaint with its full history.")

    @OptionGroup var options: StoreOptions
    @Argument(help: "The complaint id, e.g. P000001.") var id: String
    @Option(name: .customLong("as-of"), help: "YYYY-MM-DD HH:MM (default: now, or the latest recorded change if later).") var asOf: String?
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        let session = try Session(options)
        let output = try session.complaint(id, asOf: session.complaintAsOf(asOf))
        switch format {
        case .json: print(try JSONOutput.string(output.json))
        case .text, .csv: print(Sanitizer.keepingLineBreaks(output.card), terminator: "")
        }
    }
}
