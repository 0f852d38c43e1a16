import Foundation
import RevisitCore
import RevisitStore
import RevisitTUI

/// The TUI's own time to handle a key and render, on every top-level screen:
/// `revisit-bench tui-keys STORE AS-OF [KEYS-PER-SCREEN]`. The app runs its real loop on a
/// terminal that plays the script and times each key from its delivery to the next frame
/// (handling, the store queries it runs, and rendering; not drawing on a real terminal).
enum TUIKeysProbe {
    static let size = TerminalSize(rows: 40, cols: 120)

    static func run(store url: URL, asOf now: CivilTime, keysPerScreen: Int) throws {
        let store = try RevisitStore(opening: url)
        guard let actor = DemoGenerator.staff.first(where: { $0.role == .supervisor }).flatMap({ store.staff[$0.login] })
                ?? store.staff.members.first else { throw BenchError("the store has no staff") }
        let session = StoreSession(store: store, actor: actor, clock: { now })
        guard let directory = Keymap.shippedDirectory() else { throw BenchError("keymaps/default.keymap not found") }
        let keymap = try Keymap.load(defaultFile: directory + "/default.keymap")
        var all: [Double] = []
        for (index, destination) in Navigator.destinations.enumerated() {
            let terminal = TimingTerminal(size: size, keys: KeyScript.keys(count: keysPerScreen, seed: UInt64(index + 1)))
            var app = App(root: destination.make(), keymap: keymap, language: .chinese, size: size)
            _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil, runCommand: RevisitInterface.runner(session))
            let ms = terminal.samples.map { $0 * 1000 }
            print(summary(ms), "screen=\(destination.action.name)")
            all += ms
        }
        print(summary(all), "screen=all")
        exit(0)
    }

    static func summary(_ ms: [Double]) -> String {
        "p99_ms=\(format(Stats.percentile(99, of: ms))) p50_ms=\(format(Stats.median(ms))) max_ms=\(format(ms.max() ?? 0)) keys=\(ms.count)"
    }

    static func format(_ ms: Double) -> String { String(format: "%.2f", ms) }
}

/// Plays a script of keys and times each one from its delivery to the frame that follows.
final class TimingTerminal: Terminal {
    let size: TerminalSize
    private var keys: [Key]
    private var next = 0
    private var delivered: Double?
    private(set) var samples: [Double] = []

    init(size: TerminalSize, keys: [Key]) {
        self.size = size
        self.keys = keys
    }

    func readInput(timeoutMilliseconds: Int) -> TerminalInput {
        guard next < keys.count else { return .closed }
        defer { next += 1 }
        delivered = Stopwatch.now()
        return .key(keys[next])
    }

    func present(_ frame: Frame) {
        guard let start = delivered else { return }
        samples.append(Stopwatch.now() - start)
        delivered = nil
    }

    func restore() {}
}
