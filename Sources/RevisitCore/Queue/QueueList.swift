/// A task's place in the queue at a moment: overdue first, then by due time, then by id.
public struct QueuePlace: Comparable {
    let overdue: Bool
    let due: Int
    let id: String

    public init(_ task: CallTask, at time: CivilTime) { self.init(task, overdue: task.isOverdue(at: time)) }

    /// The place by an overdue flag worked out before: a list whose rows keep the flag they
    /// were computed with stays in order while some rows are from an earlier minute.
    public init(_ task: CallTask, overdue: Bool) {
        self.overdue = overdue; due = task.dueAt.minutes; id = task.id
    }

    public static func < (a: QueuePlace, b: QueuePlace) -> Bool {
        if a.overdue != b.overdue { return a.overdue }
        if a.due != b.due { return a.due < b.due }
        return a.id < b.id
    }
}

/// One line of a list in queue order: a task, or a screen's row that shows one.
public protocol QueueListItem {
    var customerID: String { get }
    func place(at time: CivilTime) -> QueuePlace
}

extension CallTask: QueueListItem {
    public func place(at time: CivilTime) -> QueuePlace { QueuePlace(self, at: time) }
}

extension Array where Element: QueueListItem {
    /// In a list in queue order at `time`: the items of `customers` taken out and `fresh` (in
    /// queue order) put in their places. A few are inserted where they belong, so the rest is
    /// neither copied nor compared again; few customers are compared rather than hashed.
    /// Inlinable, so a screen's rows are moved, not copied through generic code.
    @inlinable
    public mutating func replaceQueueItems(of customers: Set<String>, with fresh: [Element], at time: CivilTime) {
        let few = customers.count <= 8 ? [String](customers) : nil
        removeAll { item in few?.contains(item.customerID) ?? customers.contains(item.customerID) }
        guard fresh.count <= 16 else {
            append(contentsOf: fresh)
            sort { $0.place(at: time) < $1.place(at: time) }
            return
        }
        var low = 0
        for item in fresh {
            let place = item.place(at: time)
            var high = count
            while low < high {
                let mid = (low + high) / 2
                if self[mid].place(at: time) < place { low = mid + 1 } else { high = mid }
            }
            insert(item, at: low)
            low += 1
        }
    }
}
