public enum ExitReason: Equatable, Sendable {
    /// The user quit.
    case quit
    /// The terminal has no more input (a test script ended, stdin closed).
    case inputClosed
    /// SIGTERM or SIGHUP: keep drafts from `app.stack`, then exit.
    case signal(Int32)
}

public enum AppLoop {
    /// Runs until the user quits, input ends, or a signal arrives. Presents a frame
    /// after every input. With `tickInterval`, sends `.tick` that often even while keys
    /// arrive; with nil, only when the terminal reports a timeout (scripted tests).
    /// The terminal is not restored here: the caller does that (it may want to save
    /// drafts first).
    public static func run(_ app: inout App, terminal: some Terminal,
                           tickInterval: Duration? = .milliseconds(250),
                           runCommand: (any AppCommand) -> Any? = { _ in nil }) -> ExitReason {
        let clock = ContinuousClock()
        var nextTick = tickInterval.map { clock.now + $0 }
        if app.size != terminal.size { _ = app.handle(.resized(terminal.size)) }
        run(app.handle(.started), in: &app, runCommand)
        terminal.present(app.render())
        while !app.isFinished {
            let timeout = nextTick.map { deadline in
                let left = clock.now.duration(to: deadline).components
                return max(0, Int(left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000))
            } ?? -1
            var commands: [PendingCommand] = []
            switch terminal.readInput(timeoutMilliseconds: timeout) {
            case .closed: return .inputClosed
            case .interrupted(let sig): return .signal(sig)
            case .key(let key): commands = app.handle(.key(key))
            case .paste(let text): commands = app.handle(.paste(text))
            case .resized(let size): commands = app.handle(.resized(size))
            case .timeout: if tickInterval == nil { commands = app.handle(.tick) }
            }
            if let interval = tickInterval, let deadline = nextTick, clock.now >= deadline {
                commands += app.handle(.tick)
                nextTick = clock.now + interval
            }
            run(commands, in: &app, runCommand)
            terminal.present(app.render())
        }
        return .quit
    }

    /// Runs commands and the commands their results lead to, until none are left.
    private static func run(_ pending: [PendingCommand], in app: inout App, _ runCommand: (any AppCommand) -> Any?) {
        var commands = pending
        while !commands.isEmpty {
            let command = commands.removeFirst()
            if let result = runCommand(command.command) { commands += app.deliver(result, for: command) }
        }
    }
}
