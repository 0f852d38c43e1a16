/// A terminal for tests: a fixed size, a queue of scripted input, and the last
/// presented frame as text. When the script runs out it reports `.closed`.
public final class MemoryTerminal: Terminal {
    public private(set) var size: TerminalSize
    public private(set) var lastFrame: Frame?
    public private(set) var presentCount = 0
    public private(set) var isRestored = false
    private var script: [TerminalInput]

    public init(rows: Int = 24, cols: Int = 80, script: [TerminalInput] = []) {
        size = TerminalSize(rows: rows, cols: cols)
        self.script = script
    }

    /// Queues keys typed as text: each character becomes a `.char` key.
    public func type(_ text: String) {
        script += text.map { .key(.char($0)) }
    }

    public func send(_ inputs: TerminalInput...) {
        script += inputs
    }

    public func send(keys: Key...) {
        script += keys.map { .key($0) }
    }

    public func readInput(timeoutMilliseconds: Int) -> TerminalInput {
        guard !script.isEmpty else { return .closed }
        let input = script.removeFirst()
        if case .resized(let newSize) = input { size = newSize }
        return input
    }

    public func present(_ frame: Frame) {
        lastFrame = frame
        presentCount += 1
    }

    public func restore() { isRestored = true }

    /// The last presented frame as lines (empty before the first frame).
    public func lines() -> [String] { lastFrame?.lines() ?? [] }
}
