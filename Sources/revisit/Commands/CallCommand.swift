import ArgumentParser
import RevisitCore
import RevisitTUI

struct CallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call", abstract: "Take the next call and log calls.",
        subcommands: [CallNextCommand.self, CallLogCommand.self])
}

struct CallNextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "Claim the top task nobody holds and print it.")

    @OptionGroup var options: StoreOptions
    @Option(help: "Only this kind: \(TaskKind.spellings).") var kind: String?
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        let session = try Session(options)
        let kinds: Set<TaskKind>? = try kind.map { [try TaskKind.parse($0, what: "--kind")] }
        let now = try session.now
        let task = try session.perform(ClaimNextTask(kinds: kinds, config: session.store.config), at: now)
        let out = TaskOutput(task: task, asOf: now, state: session.store.state)
        switch format {
        case .json: print(try JSONOutput.string(out.json))
        case .text, .csv: print(Sanitizer.keepingLineBreaks(out.line))
        }
    }
}
