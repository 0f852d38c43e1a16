import RevisitCore

/// The events applied to an open store's state after it was loaded, counted in the order
/// they were applied, the latest few thousand kept: a view computed when `count` was N
/// brings itself up to date from `since(N)` instead of starting over.
public struct RecentEvents {
    /// How many events were applied since the store was loaded.
    public private(set) var count = 0
    private var kept: [any DomainEvent] = []
    let limit: Int

    init(limit: Int = 4096) { self.limit = limit }

    mutating func append(_ event: any DomainEvent) {
        if kept.count == 2 * limit { kept.removeFirst(limit) }
        kept.append(event)
        count += 1
    }

    /// The same for a batch: only as much of it as is kept is copied.
    mutating func append(contentsOf events: [any DomainEvent]) {
        guard events.count > limit else { return events.forEach { append($0) } }
        kept = Array(events.suffix(limit))
        count += events.count
    }

    /// The events applied after the first `seen`, oldest first; nil when some of them are no
    /// longer kept (or `seen` is not a count this store gave).
    public func since(_ seen: Int) -> [any DomainEvent]? {
        let missing = count - seen
        guard missing >= 0, missing <= kept.count else { return nil }
        return Array(kept.suffix(missing))
    }
}
