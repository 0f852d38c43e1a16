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

    /// `transform` of each item, on every core; the results in the items' order.
    public static func map<T: Sendable, R>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let results = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { k in results.values[k] = transform(items[k]) }
        return results.values.map { $0! }
    }

    /// Each slot is written by one iteration, and read only after all have finished.
    private final class Slots<R>: @unchecked Sendable {
        var values: [R?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
    }

    /// Each field is written by one of the two, and read only after both have finished.
    private final class Results<A, B>: @unchecked Sendable {
        var first: A?
        var second: B?
    }
}
