import Foundation
import RevisitCore
import RevisitStore
import RevisitTUI

/// The call queue's ticks after the minute turns: `revisit-bench minute-tick STORE AS-OF [TICKS]`.
/// Opens the queue at AS-OF, turns the clock one minute and times each of TICKS ticks (the
/// store query it runs and the frame; not the work on other threads). Then checks the last frame against a queue opened
/// afresh at the new minute, whose opening time is what a minute's tick cost when the
/// whole queue was computed again.
enum MinuteTickProbe {
    static func run(store url: URL, asOf start: CivilTime, ticks: Int) throws {
        let store = try RevisitStore(opening: url)
        guard let actor = store.staff.members.first else { throw BenchError("the store has no staff") }
        let clock = MinuteClock(start)
        let session = StoreSession(store: store, actor: actor, clock: { clock.now })
        guard let directory = Keymap.shippedDirectory() else { throw BenchError("keymaps/default.keymap not found") }
        let keymap = try Keymap.load(defaultFile: directory + "/default.keymap")
        let runner = RevisitInterface.runner(session)
        var app = App(root: CallQueueScreen(), keymap: keymap, language: .chinese, size: TUIKeysProbe.size)
        let ticking = TickTerminal(ticks: ticks) { clock.now = start.adding(minutes: 1) }
        _ = AppLoop.run(&app, terminal: ticking, tickInterval: nil, runCommand: runner)
        let ms = ticking.samples.map { $0 * 1000 }
        print("opened_ms=\(TUIKeysProbe.format(ticking.opening * 1000))", TUIKeysProbe.summary(ms).replacingOccurrences(of: "keys=", with: "ticks="))
        print("tick_ms=" + ms.map(TUIKeysProbe.format).joined(separator: ","))
        var fresh = App(root: CallQueueScreen(), keymap: keymap, language: .chinese, size: TUIKeysProbe.size)
        let opening = TickTerminal(ticks: 0) {}
        _ = AppLoop.run(&fresh, terminal: opening, tickInterval: nil, runCommand: runner)
        print("fresh_open_at_new_minute_ms=\(TUIKeysProbe.format(opening.opening * 1000))",
              "same_as_fresh=\(ticking.last == opening.last)")
        exit(0)
    }
}

final class MinuteClock: @unchecked Sendable {
    var now: CivilTime
    init(_ now: CivilTime) { self.now = now }
}

/// Turns the minute before the first tick, then reports `ticks` timeouts 250 ms apart (the
/// app's tick), timing each one from its delivery to the frame that follows; keeps the last frame.
final class TickTerminal: Terminal {
    let size = TUIKeysProbe.size
    private let ticks: Int
    private let turnMinute: () -> Void
    private var next = 0
    private var delivered = Stopwatch.now()
    private(set) var opening = 0.0
    private(set) var samples: [Double] = []
    private(set) var last: Frame?

    init(ticks: Int, turnMinute: @escaping () -> Void) {
        self.ticks = ticks
        self.turnMinute = turnMinute
    }

    func readInput(timeoutMilliseconds: Int) -> TerminalInput {
        guard next < ticks else { return .closed }
        if next == 0 { turnMinute() }
        next += 1
        usleep(250_000)
        delivered = Stopwatch.now()
        return .timeout
    }

    func present(_ frame: Frame) {
        if last == nil { opening = Stopwatch.now() - delivered } else { samples.append(Stopwatch.now() - delivered) }
        last = frame
    }

    func restore() {}
}
