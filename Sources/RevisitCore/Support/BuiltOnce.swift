import Synchronization

/// A value built the first time something asks for it, once for every copy of the struct that
/// holds it: what a state read from its image needs only for some questions (a customer's card,
/// a call being logged, the supervisor's queue), which opening the store should not pay for.
final class BuiltOnce<Value: Sendable>: Sendable {
    private let build: @Sendable () -> Value
    private let built = Mutex<Value?>(nil)

    init(_ build: @escaping @Sendable () -> Value) { self.build = build }

    /// `value` if something has had it built already, else nil (nothing is built).
    var ifBuilt: Value? { built.withLock { $0 } }

    var value: Value {
        built.withLock { built in
            if let built { return built }
            let value = build()
            built = value
            return value
        }
    }
}
