/// The checks every command on a task shares: it exists, its customer may be called, and
/// nobody else holds it.
enum TaskAccess {
    static func find(_ id: String, _ query: TaskQuery) throws(CommandError) -> CallTask {
        guard TaskKind(taskID: id) != nil else {
            throw .invalid("task \(String(reflecting: id)): not a task id (kinds: \(TaskKind.spellings))")
        }
        guard let task = CallQueue.task(id: id, query) else { throw CommandError(.notFound, .taskGone(task: id, at: query.asOf)) }
        return task
    }

    /// The customer, if they may be called.
    static func callableCustomer(of task: CallTask, in state: StoreState) throws(CommandError) -> Customer {
        guard let customer = state.customers[task.customerID] else {
            throw .notFound("task \(task.id): no customer \(task.customerID)")
        }
        if let why = CallPermission.refusal(for: customer, task: task.id) { throw CommandError(.notAllowed, why) }
        return customer
    }

    static func refuseIfHeldByOther(_ taskID: String, _ context: CommandContext) throws(CommandError) {
        if let claim = context.state.calls.activeClaim(on: taskID, at: context.now), claim.login != context.actor.login {
            throw CommandError(.conflict, .claimedByOther(task: taskID, login: claim.login, until: claim.until))
        }
    }

    static func refuseUnlessFor(_ task: CallTask, _ context: CommandContext) throws(CommandError) {
        guard !task.isFor(context.actor), let assignee = task.assignee else { return }
        throw CommandError(.notAllowed, .taskForOther(task: task.id, assignee: assignee))
    }

    static func refuseUnlessOpen(_ task: CallTask, at time: CivilTime) throws(CommandError) {
        guard !task.status.isOpen else { return }
        throw CommandError(.conflict, .taskNotOpen(task: task.id, status: task.status.spelled, since: task.endedAt, at: time))
    }

    static func claim(_ task: CallTask, _ context: CommandContext, minutes: Int) -> (events: [any DomainEvent], outcome: CallTask) {
        let claim = Claim(login: context.actor.login, at: context.now, until: context.now.adding(minutes: minutes))
        var claimed = task
        claimed.claimedBy = claim.login
        claimed.claimUntil = claim.until
        return ([TaskClaimed(taskID: task.id, claim: claim)], claimed)
    }
}
