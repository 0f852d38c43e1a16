/// What a terminal delivers to the loop.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    /// Text the terminal pasted (bracketed paste): what it holds is text, never keys.
    case paste(String)
    /// The window changed size; the terminal already reports the new `size`.
    case resized(TerminalSize)
    /// No input within the timeout: the loop's periodic tick.
    case timeout
    /// SIGTERM or SIGHUP arrived: the loop ends so drafts can be kept.
    case interrupted(signal: Int32)
    /// No more input will come (a scripted terminal ran out, or stdin is gone).
    case closed
}

/// The two sides of the screen: `NCursesTerminal` for people, `MemoryTerminal` for tests.
/// A terminal is used from one thread only (it is not Sendable), which keeps every
/// curses call on the thread that opened it.
public protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    /// Waits up to `timeoutMilliseconds` (negative: no limit) for the next input.
    func readInput(timeoutMilliseconds: Int) -> TerminalInput
    func present(_ frame: Frame)
    /// Gives the terminal back to the shell. Safe to call more than once.
    func restore()
}
