/// Takes a task for `claimMinutes` (again, to renew it while the call screen is open).
/// Refused while another rep holds it, and on a task that is for someone else.
public struct ClaimTask: Command {
    public var taskID: String
    public var config: ShopConfig

    public init(taskID: String, config: ShopConfig) { self.taskID = taskID; self.config = config }

    public func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: CallTask) {
        let query = TaskQuery(state: context.state, config: config, asOf: context.now)
        let task = try TaskAccess.find(taskID, query)
        try TaskAccess.refuseUnlessFor(task, context)
        try TaskAccess.refuseUnlessOpen(task, at: context.now)
        _ = try TaskAccess.callableCustomer(of: task, in: context.state)
        try TaskAccess.refuseIfHeldByOther(taskID, context)
        return TaskAccess.claim(task, context, minutes: config.rules.claimMinutes)
    }
}

/// `call next`: claims the top task of the queue that nobody holds. It decides under the
/// store's lock, so two processes are never handed the same task.
public struct ClaimNextTask: Command {
    public var kinds: Set<TaskKind>?
    public var config: ShopConfig

    public init(kinds: Set<TaskKind>? = nil, config: ShopConfig) { self.kinds = kinds; self.config = config }

    public func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: CallTask) {
        let query = TaskQuery(state: context.state, config: config, asOf: context.now)
        guard let task = CallQueue.due(query, kinds: kinds).first(where: {
            $0.claimedBy == nil && ($0.assignee ?? context.actor.login) == context.actor.login
        }) else {
            throw .notFound("no unclaimed task is due at \(context.now)")
        }
        return TaskAccess.claim(task, context, minutes: config.rules.claimMinutes)
    }
}

/// Lets go of a task the rep holds, without logging a call.
public struct ReleaseTask: Command {
    public var taskID: String

    public init(taskID: String) { self.taskID = taskID }

    public func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: String) {
        try TaskAccess.refuseIfHeldByOther(taskID, context)
        guard context.state.calls.activeClaim(on: taskID, at: context.now)?.login == context.actor.login else {
            throw .notFound("task \(taskID) is not claimed by \(context.actor.login)")
        }
        return ([TaskReleased(taskID: taskID, login: context.actor.login, at: context.now)], taskID)
    }
}
