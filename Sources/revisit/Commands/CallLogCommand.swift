import ArgumentParser
import Foundation
import RevisitCore
import RevisitStore

struct CallLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Record a call on a task; prints the call id.")

    @OptionGroup var options: StoreOptions
    @Argument(help: "The task id, as `queue` shows it.") var task: String
    @Option(help: "\(CallOutcome.spellings).") var outcome: String
    @Option(help: "When the call was made, YYYY-MM-DD HH:MM (default: now).") var at: String?
    @Option(name: .customLong("rating"), help: "QUESTION=N, N from 1 to 5; repeat per question.") var ratings: [String] = []
    @Option(help: "Overall rating, 1 to 5.") var overall: Int?
    @Option(help: "The customer's words, verbatim.") var words: String?
    @Option(name: .customLong("words-file"), help: "Read the customer's words from a UTF-8 file, byte for byte.") var wordsFile: String?
    @Option(help: "Call back at YYYY-MM-DD HH:MM (outcome callback).") var callback: String?
    @Option(help: "Why a lost customer stopped coming: \(WinBackCause.spellings).") var cause: String?
    @Flag(help: "The customer has a problem: offers the quick-handling form.") var problem = false
    @Option(name: .customLong("do-not-call"), help: "Mark the customer do-not-call, with this reason.") var doNotCall: String?
    @Option(help: "yes or no: is the customer satisfied (complaint recalls).") var satisfied: String?
    @Option(name: .customLong("service-date"), help: "Next service date the customer mentioned, YYYY-MM-DD.") var serviceDate: String?
    @Option(help: "Next service mileage the customer mentioned, km.") var mileage: Int?

    func run() throws {
        let session = try Session(options)
        let now = try session.now
        var command = LogCall(taskID: task, outcome: try CallOutcome.parse(outcome, what: "--outcome"), config: session.store.config)
        command.callAt = try at.map { try session.time($0, option: "--at") }
        command.ratings = try Self.ratings(ratings)
        command.overall = overall
        command.words = try Self.words(words, file: wordsFile)
        command.callbackAt = try callback.map { try session.time($0, option: "--callback") }
        command.cause = try spelled(cause, "--cause")
        command.problem = problem
        command.doNotCall = doNotCall
        command.satisfied = try satisfied.map(Self.yesNo)
        command.mentionedServiceDate = try civilDate(serviceDate, "--service-date")
        command.mentionedMileage = mileage
        let call = try session.perform(command, at: now)
        print(call.id)
    }

    static func ratings(_ pairs: [String]) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let n = Int(parts[1].trimmed) else {
                throw Refusal("--rating \(pair): write QUESTION=N with N from 1 to 5")
            }
            guard result.updateValue(n, forKey: parts[0].trimmed) == nil else { throw Refusal("--rating \(pair): \(parts[0]) is rated twice") }
        }
        return result
    }

    static func words(_ text: String?, file: String?) throws -> String {
        switch (text, file) {
        case (let t?, nil): return t
        case (nil, nil): return ""
        case (_?, _?): throw Refusal("--words and --words-file: give one, not both")
        case (nil, let path?):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Refusal("--words-file \(path): cannot read it: \(UnreadableFile.reason(path))")
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw Refusal("--words-file \(path): not UTF-8 text")
            }
            return text
        }
    }

    static func yesNo(_ text: String) throws -> Bool {
        switch text.trimmed.lowercased() {
        case "yes", "y": return true
        case "no", "n": return false
        default: throw Refusal("--satisfied \(text): use yes or no")
        }
    }
}
