import ArgumentParser
import Foundation
import RevisitCore
import RevisitTUI
import RevisitStore

/// Parses and runs one invocation, mapping every failure to the documented exit code with
/// one line on stderr that says what and where.
enum CommandLineRunner {
    static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try RevisitCommand.parseAsRoot(LeadingOptions.inPlace(arguments, subcommands: RevisitCommand.subcommandNames))
            try command.run()
            return 0
        } catch let e as CommandError {
            return fail(e.message, code: 1)
        } catch let e as StoreError {
            return fail(e.description, code: e.isDamage ? 3 : 1)
        } catch let e as Refusal {
            return fail(e.message, code: 1)
        } catch let e as KeymapError {
            return fail(e.description, code: 1)
        } catch let e as TerminalOpenError {
            return fail(e.description, code: 1)
        } catch let e as ExitCode {
            return e.rawValue
        } catch {
            let code = RevisitCommand.exitCode(for: error)
            if code == .success {
                print(RevisitCommand.fullMessage(for: error))
                return 0
            }
            FileHandle.standardError.write(Data((RevisitCommand.fullMessage(for: error) + "\n").utf8))
            return 2
        }
    }

    static func fail(_ message: String, code: Int32) -> Int32 {
        say(message)
        return code
    }

    /// One line on standard error, `revisit: ` first, with nothing in it that acts on the terminal.
    static func say(_ message: String) {
        let line = Sanitizer.keepingLineBreaks(message.replacingOccurrences(of: "\n", with: " "))
        FileHandle.standardError.write(Data("revisit: \(line)\n".utf8))
    }
}

/// A refusal found by the CLI itself (a bad option value, a missing file): exit 1.
struct Refusal: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
