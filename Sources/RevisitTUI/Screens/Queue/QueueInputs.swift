import RevisitCore

/// What the call queue is computed from, taken from a session so that it can be computed
/// on another thread.
struct QueueInputs: Sendable {
    let state: StoreState
    let config: ShopConfig
    let now: CivilTime
    let login: String
    /// The store's `recentEvents.count` when the inputs were taken.
    let eventCount: Int

    init(_ session: StoreSession) {
        state = session.state; config = session.config; now = session.now
        login = session.actor.login; eventCount = session.store.recentEvents.count
    }

    var query: TaskQuery { TaskQuery(state: state, config: config, asOf: now) }
}
