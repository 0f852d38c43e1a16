import Foundation
import RevisitStore

// Test and benchmark helper for the journal. Not part of the app.
//   revisit-stress append JOURNAL_DIR COUNT [--batch N] [--tag T]
//   revisit-stress bench JOURNAL_DIR N     (N lines into an empty dir, then time a full load;
//                                          an existing journal is only timed; BENCH_SCAN_ONLY=1
//                                          skips the slower readNew timing)

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("revisit-stress: \(message)\n".utf8))
    exit(2)
}

let usage = """
    usage: revisit-stress append JOURNAL_DIR COUNT [--batch N] [--tag T]
           revisit-stress bench JOURNAL_DIR N
    """

var arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, in arguments: inout [String]) -> String? {
    guard let index = arguments.firstIndex(of: name) else { return nil }
    guard index + 1 < arguments.count else { fail("\(name) needs a value") }
    let value = arguments[index + 1]
    arguments.removeSubrange(index ... index + 1)
    return value
}

func number(_ text: String, _ what: String) -> Int {
    guard let value = Int(text), value >= 0 else { fail("\(what) must be a whole number, got \"\(text)\"") }
    return value
}

let batch = number(option("--batch", in: &arguments) ?? "1", "--batch")
let tag = option("--tag", in: &arguments) ?? "p\(getpid())"
guard arguments.count == 3 else { fail(usage) }
let directory = URL(fileURLWithPath: arguments[1])
let count = number(arguments[2], "COUNT")

do {
    switch arguments[0] {
    case "append": try StressAppend.run(directory: directory, count: count, batch: max(batch, 1), tag: tag)
    case "bench": try Bench.run(directory: directory, lines: count)
    default: fail(usage)
    }
} catch {
    fail("\(error)")
}
