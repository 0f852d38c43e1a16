import ArgumentParser
import RevisitCore
import RevisitTUI

struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue", abstract: "The call queue at a moment: overdue first, then by due time.")

    @OptionGroup var options: StoreOptions
    @Option(name: .customLong("as-of"), help: "YYYY-MM-DD HH:MM (default: now).") var asOf: String?
    @Option(help: "Only this kind: \(TaskKind.spellings).") var kind: String?
    @Option(help: "text, csv or json.") var format: OutputFormat = .text

    func run() throws {
        let session = try Session(options)
        let time = try session.time(asOf, option: "--as-of")
        let kinds: Set<TaskKind>? = try kind.map { [try TaskKind.parse($0, what: "--kind")] }
        let state = session.store.state
        // Each row decodes its customer and vehicle from the cache: both cores share that too.
        let rows = AtOnce.map(CallQueue.due(session.queueQuery(time, nil), kinds: kinds, onEveryCore: true)) {
            TaskOutput(task: $0, asOf: time, state: state)
        }
        switch format {
        case .csv:
            print(CSVOutput.line(TaskOutput.csvHeader))
            for r in rows { print(CSVOutput.line(r.csvRow)) }
        case .json:
            print(try JSONOutput.string(["as_of": time.description, "tasks": rows.map(\.json)] as [String: Any]))
        case .text:
            // One write for the whole queue rather than one locked write per line.
            var text = ""
            for r in rows { text += r.line; text += "\n" }
            print(Sanitizer.keepingLineBreaks(text), terminator: "")
        }
    }
}
