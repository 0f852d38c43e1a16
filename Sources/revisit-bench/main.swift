import Foundation
import RevisitCore

// The benchmark's in-process probes and helpers; bench/run drives them. Not part of the app.
// Each prints one line (`key=value` pairs where it measures) for the harness to read.

let usage = """
    usage: revisit-bench open STORE                          time opening the store in-process
           revisit-bench run [--repeat N] -- CMD ARGS...     median wall time and peak memory of a command
           revisit-bench export-csv STORE DIR                the store's tables as CSV, for SQLite
           revisit-bench repair-orders ROWS SEED TODAY FILE  a repair-order CSV export of ROWS rows
           revisit-bench tui-keys STORE AS-OF [KEYS]         p99 of the TUI's key handling, KEYS per screen
           revisit-bench minute-tick STORE AS-OF [TICKS]     the call queue's ticks after the minute turns
           revisit-bench save STORE AS-OF COUNT [--as LOGIN] [--part K/N] [--ready FILE --go FILE]
                                                             log COUNT calls, time each save
           revisit-bench verify-calls STORE IDS-FILE         every listed call stored exactly once
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("revisit-bench: \(message)\n".utf8))
    exit(2)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let probe = arguments.first else { fail(usage) }
let url = { (i: Int) in URL(fileURLWithPath: arguments[i]) }

do {
    switch (probe, arguments.count) {
    case ("open", 2): try OpenProbe.run(store: url(1))
    case ("run", _): try ProcessRunner.main(Array(arguments.dropFirst()))
    case ("export-csv", 3): try TableExport.run(store: url(1), into: url(2))
    case ("repair-orders", 5):
        guard let rows = Int(arguments[1]), rows > 0, let seed = UInt64(arguments[2]),
              let today = CivilDate(arguments[3]) else { fail(usage) }
        try RepairOrderExport.run(rows: rows, seed: seed, today: today, to: url(4))
    case ("tui-keys", 3), ("tui-keys", 4):
        guard let asOf = CivilTime(arguments[2]) else { fail("AS-OF must be YYYY-MM-DD HH:MM") }
        let keys = arguments.count == 4 ? Int(arguments[3]) ?? 0 : 1000
        guard keys > 0 else { fail(usage) }
        try TUIKeysProbe.run(store: url(1), asOf: asOf, keysPerScreen: keys)
    case ("minute-tick", 3), ("minute-tick", 4):
        guard let asOf = CivilTime(arguments[2]) else { fail("AS-OF must be YYYY-MM-DD HH:MM") }
        let ticks = arguments.count == 4 ? Int(arguments[3]) ?? 0 : 12
        guard ticks > 0 else { fail(usage) }
        try MinuteTickProbe.run(store: url(1), asOf: asOf, ticks: ticks)
    case ("save", 4...):
        guard let asOf = CivilTime(arguments[2]), let count = Int(arguments[3]), count > 0 else { fail(usage) }
        try SaveProbe.run(store: url(1), asOf: asOf, count: count, options: saveOptions(Array(arguments.dropFirst(4))))
    case ("verify-calls", 3): try SaveProbe.verify(store: url(1), ids: url(2))
    default: fail(usage)
    }
} catch {
    fail("\(error)")
}

func saveOptions(_ words: [String]) -> SaveProbe.Options {
    var options = SaveProbe.Options()
    var rest = words[...]
    while let name = rest.popFirst() {
        guard let value = rest.popFirst() else { fail("\(name) needs a value") }
        switch name {
        case "--as": options.login = value
        case "--ready": options.ready = URL(fileURLWithPath: value)
        case "--go": options.go = URL(fileURLWithPath: value)
        case "--part":
            let kn = value.split(separator: "/").compactMap { Int($0) }
            guard kn.count == 2, kn[1] > 0, (0 ..< kn[1]).contains(kn[0]) else { fail("--part takes K/N with 0 <= K < N") }
            options.part = (kn[0], kn[1])
        default: fail(usage)
        }
    }
    return options
}
