import Foundation

/// Work started on another thread at once. `wait` hands back its result (or throws its error);
/// `ready` has it only if the work has already finished, so a screen's tick never blocks on it.
public final class BackgroundWork<T: Sendable, Failure: Error>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the worker before it leaves `done`; read only after `done` is passed.
    private var result: Result<T, Failure>?

    public init(_ work: @escaping @Sendable () throws(Failure) -> T) {
        done.enter()
        DispatchQueue.global().async {
            self.result = Result { () throws(Failure) -> T in try work() }
            self.done.leave()
        }
    }

    public func wait() throws(Failure) -> T {
        done.wait()
        return try result!.get()
    }

    /// The outcome if the work has finished, else nil at once.
    public var ready: Result<T, Failure>? { done.wait(timeout: .now()) == .success ? result : nil }
}

extension BackgroundWork where Failure == Never {
    /// The result if the work has finished, else nil at once.
    public var finished: T? {
        switch ready {
        case .success(let value): value
        case nil: nil
        }
    }
}
