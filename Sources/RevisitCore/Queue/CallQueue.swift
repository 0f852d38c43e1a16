/// The call queue: the union of every task source, computed from the state at a moment.
public enum CallQueue {
    /// Open tasks that are due at `query.asOf`: overdue first, then by due time, then by id.
    ///
    /// `onEveryCore` works the rules out side by side, for a process with nothing else to do
    /// meanwhile (a command line's queue); a screen leaves the other core to the keys.
    public static func due(_ query: TaskQuery, kinds: Set<TaskKind>? = nil, onEveryCore: Bool = false) -> [CallTask] {
        let sources = TaskSources.all.filter { kinds?.contains($0.kind) ?? true }
        let dueOf = { @Sendable (source: any TaskSource) in source.openTasks(query).filter { $0.isDue(at: query.asOf) } }
        let found = onEveryCore ? AtOnce.map(sources, dueOf) : sources.map(dueOf)
        return sorted(Array(found.joined()), at: query.asOf)
    }

    /// Every open task whose first due time has come, due now or waiting (a retry, a callback);
    /// with `query.customerID` set, that customer's: the customer card's list.
    public static func open(_ query: TaskQuery) -> [CallTask] {
        sorted(TaskSources.all.flatMap { $0.openTasks(query) }, at: query.asOf)
    }

    /// The task with this id as it stands at `query.asOf`, in any status; nil when no rule makes it.
    public static func task(id: String, _ query: TaskQuery) -> CallTask? {
        guard let kind = TaskKind(taskID: id), let source = TaskSources.source(for: kind) else { return nil }
        return source.task(id: id, query)
    }

    /// `due` after changes that touched only `customers` (see `QueueImpact`): their tasks
    /// computed afresh, everyone else's kept from `listed`, the queue at `query.asOf` before.
    public static func due(updating listed: [CallTask], customers: Set<String>, _ query: TaskQuery) -> [CallTask] {
        var tasks = listed
        tasks.replaceQueueItems(of: customers, with: due(of: customers, query), at: query.asOf)
        return tasks
    }

    /// The due tasks of these customers only, in queue order.
    public static func due(of customers: Set<String>, _ query: TaskQuery) -> [CallTask] {
        var tasks: [CallTask] = []
        for customer in customers {
            var one = query
            one.customerID = customer
            tasks += due(one).filter { $0.customerID == customer }
        }
        return sorted(tasks, at: query.asOf)
    }

    /// Sorts on small keys rather than moving whole tasks around.
    public static func sorted(_ tasks: [CallTask], at time: CivilTime) -> [CallTask] {
        var keys = tasks.indices.map { (place: QueuePlace(tasks[$0], at: time), index: $0) }
        keys.sort { $0.place < $1.place }
        return keys.map { tasks[$0.index] }
    }
}
