import Foundation

/// Work started on another thread at once, its result picked up when ready without waiting
/// (`ready`), so a screen's tick never blocks on it.
final class BackgroundResult<T: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the worker before it leaves `done`; read only after `done` is passed.
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    /// The result if the work has finished, else nil at once.
    var ready: T? { done.wait(timeout: .now()) == .success ? result : nil }

    /// The result, once the work has finished.
    func wait() -> T {
        done.wait()
        return result!
    }
}
