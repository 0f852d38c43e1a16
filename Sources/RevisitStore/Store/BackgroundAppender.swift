import Foundation
import RevisitCore

/// Appends batches of events decided elsewhere (the demo's generated history) to a journal on
/// a background thread, in the order given, so whoever makes them need not wait for each write.
/// For a store nobody has open: it loads and updates no state.
public final class BackgroundAppender: @unchecked Sendable {
    private let journal: Journal
    private let author: String
    private let queue = DispatchQueue(label: "revisit.background-appender")
    /// Only touched on `queue`.
    private var failure: (any Error)?

    public init(store directory: URL, author: String) throws {
        journal = try Journal(directory: directory.appendingPathComponent("journal"))
        self.author = author
    }

    /// Queues one batch: one `write` and one `fsync`. After a failure later batches are dropped.
    public func append(_ events: [any DomainEvent]) {
        queue.async {
            guard self.failure == nil else { return }
            do {
                try self.journal.append { _ in events.map { PendingRecord($0, author: self.author) } }
            } catch {
                self.failure = error
            }
        }
    }

    /// Waits for every queued batch; throws the first write's error, if any.
    public func finish() throws {
        try queue.sync {
            if let failure { throw failure }
        }
    }
}
