import RevisitCore

/// What the call queue is computed from, taken from a session so that it can be computed
/// on another thread.
struct QueueInputs: Sendable {
    let state: StoreState
    let config: ShopConfig
    let now: CivilTime
    let actor: StaffMember
    var login: String { actor.login }
    /// The store's `recentEvents.count` when the inputs were taken.
    let eventCount: Int

    init(_ session: StoreSession) {
        state = session.state; config = session.config; now = session.now
        actor = session.actor; eventCount = session.store.recentEvents.count
    }

    var query: TaskQuery { TaskQuery(state: state, config: config, asOf: now) }

    /// The due tasks this staff member may take: a rep does not see another's complaint recalls.
    func due(of customers: Set<String>? = nil) -> [CallTask] {
        let tasks = customers.map { CallQueue.due(of: $0, query) } ?? CallQueue.due(query)
        return tasks.filter { $0.isFor(actor) }
    }
}
