import Foundation

/// Work started on another thread at once; `wait` hands back its result or throws its error.
final class BackgroundWork<T: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the worker before it leaves `done`; read only after waiting on `done`.
    private var result: Result<T, Error>?

    init(_ work: @escaping @Sendable () throws -> T) {
        done.enter()
        DispatchQueue.global().async {
            self.result = Result(catching: work)
            self.done.leave()
        }
    }

    func wait() throws -> T {
        done.wait()
        return try result!.get()
    }
}
