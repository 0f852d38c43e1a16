import Dispatch

/// Two pieces of work that only read what they share, run at the same time: on a machine
/// with two cores a report's independent parts take the time of the longer one.
public enum AtOnce {
    public static func both<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let results = Results<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 { results.first = first() } else { results.second = second() }
        }
        return (results.first!, results.second!)
    }

    /// Each field is written by one of the two, and read only after both have finished.
    private final class Results<A, B>: @unchecked Sendable {
        var first: A?
        var second: B?
    }
}
