import Foundation

/// A value that work on several threads changes in turns: the change of turn k waits until
/// turns 0 ..< k have made theirs, so the changes land in turn order whatever thread makes them.
/// Turns must be handed out in order to work that will run (as `OrderedJobs` starts its jobs),
/// so the earliest turn not yet taken never waits.
final class InTurn<State>: @unchecked Sendable {
    // Guarded by `condition`:
    private let condition = NSCondition()
    private var state: State
    private var turnsTaken = 0

    init(_ state: State) { self.state = state }

    func change(turn k: Int, _ body: (inout State) -> Void) {
        condition.lock()
        defer { condition.unlock() }
        while turnsTaken < k { condition.wait() }
        body(&state)
        turnsTaken += 1
        condition.broadcast()
    }

    /// The value as the turns taken so far left it.
    var value: State {
        condition.lock()
        defer { condition.unlock() }
        return state
    }
}
