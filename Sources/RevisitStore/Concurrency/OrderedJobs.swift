import Foundation

/// Jobs handed in one by one, run as they come on background threads; `finish` lends the
/// calling thread to what is left and returns every result in the order the jobs came.
final class OrderedJobs<T: Sendable>: @unchecked Sendable {
    // Guarded by `condition`:
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> T] = []
    private var results: [T?] = []
    private var nextToRun = 0
    private var done = 0
    private var closed = false

    /// `workers` background threads (one less than the cores by default: the caller is one).
    init(workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)) {
        for _ in 0 ..< workers {
            DispatchQueue.global().async { self.condition.lock(); self.runJobs(untilClosed: true); self.condition.unlock() }
        }
    }

    func add(_ job: @escaping @Sendable () -> T) {
        condition.lock()
        jobs.append(job)
        results.append(nil)
        condition.signal()
        condition.unlock()
    }

    /// Runs the jobs not yet started here too, waits for the others, and returns all results.
    func finish() -> [T] {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        runJobs(untilClosed: false)
        while done < jobs.count { condition.wait() }
        return results.map { $0! }
    }

    /// Takes and runs jobs, holding the lock only between them; waits for more while
    /// `untilClosed` and `finish` has not been called. Called holding the lock.
    private func runJobs(untilClosed: Bool) {
        while true {
            if nextToRun < jobs.count {
                let k = nextToRun
                nextToRun += 1
                let job = jobs[k]
                condition.unlock()
                let result = job()
                condition.lock()
                results[k] = result
                done += 1
                condition.broadcast()
            } else if untilClosed && !closed {
                condition.wait()
            } else {
                return
            }
        }
    }
}
