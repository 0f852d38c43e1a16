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
        [R](unsafeUninitializedCapacity: items.count) { results, initialized in
            let slots = Slots(storage: results)
            DispatchQueue.concurrentPerform(iterations: items.count) { k in slots.put(transform(items[k]), at: k) }
            initialized = items.count
        }
    }

    /// The result's storage, lent to the iterations: each initializes its own element, so no two
    /// threads write the same memory, and nothing reads it until all have finished.
    private struct Slots<R>: @unchecked Sendable {
        let storage: UnsafeMutableBufferPointer<R>
        func put(_ value: R, at k: Int) { (storage.baseAddress! + k).initialize(to: value) }
    }

    /// Each field is written by one of the two, and read only after both have finished.
    private final class Results<A, B>: @unchecked Sendable {
        var first: A?
        var second: B?
    }
}
