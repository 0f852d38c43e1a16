/// Which customers' tasks some events may have changed, so the queue recomputes only theirs
/// (`CallQueue.due(updating:customers:_:)`). Calls, claims, complaints and customer edits
/// each touch one customer; vehicles and visits come in imports, which can move a task
/// between customers, so they ask for everything (nil), as does an event the queue does
/// not know.
public enum QueueImpact {
    /// The customers whose tasks `events` (already applied to `query.state`) may have
    /// changed; nil: recompute everything. `listedCustomer` tells whom a task id was listed
    /// under in the queue before them (nil: not listed).
    public static func customers(touchedBy events: [any DomainEvent], _ query: TaskQuery,
                                 listedCustomer: (String) -> String?) -> Set<String>? {
        var customers = Set<String>(), taskIDs = Set<String>()
        for event in events {
            switch event {
            case let e as CustomerSaved: customers.insert(e.customer.id)
            case let e as CallLogged:
                customers.insert(e.call.customerID)
                taskIDs.insert(e.call.taskID)
            case let e as TaskClaimed: taskIDs.insert(e.taskID)
            case let e as TaskReleased: taskIDs.insert(e.taskID)
            case let e as ComplaintOpened: customers.insert(e.customerID)
            case let e as ComplaintUpdated:
                guard let complaint = query.state.complaints[e.id] else { return nil }
                customers.insert(complaint.customerID)
            default: return nil
            }
        }
        for id in taskIDs {
            if let task = CallQueue.task(id: id, query) { customers.insert(task.customerID) }
            if let listed = listedCustomer(id) { customers.insert(listed) }
        }
        return customers
    }
}
