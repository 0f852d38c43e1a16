/// The call queue: the union of every task source, computed from the state at a moment.
public enum CallQueue {
    /// Open tasks that are due at `query.asOf`: overdue first, then by due time, then by id.
    public static func due(_ query: TaskQuery, kinds: Set<TaskKind>? = nil) -> [CallTask] {
        var tasks: [CallTask] = []
        for source in TaskSources.all where kinds?.contains(source.kind) ?? true {
            for task in source.openTasks(query) where task.isDue(at: query.asOf) { tasks.append(task) }
        }
        return sorted(tasks, at: query.asOf)
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

    /// Sorts on small keys rather than moving whole tasks around.
    public static func sorted(_ tasks: [CallTask], at time: CivilTime) -> [CallTask] {
        var keys = tasks.indices.map { (overdue: tasks[$0].isOverdue(at: time), due: tasks[$0].dueAt.minutes, index: $0) }
        keys.sort { a, b in
            if a.overdue != b.overdue { return a.overdue }
            if a.due != b.due { return a.due < b.due }
            return tasks[a.index].id < tasks[b.index].id
        }
        return keys.map { tasks[$0.index] }
    }
}
