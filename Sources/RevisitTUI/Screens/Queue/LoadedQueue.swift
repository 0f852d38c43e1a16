import RevisitCore

/// The due tasks of every kind at one moment, with the text the queue shows and searches.
struct LoadedQueue {
    struct Entry: QueueListItem {
        var task: CallTask
        var cells: [String]
        /// Lower-cased name, phone, plate (as written and as key), customer id and task id.
        var search: WordSearch.Text
        var overdue: Bool
        var takenByOther: Bool

        var customerID: String { task.customerID }
        func place(at time: CivilTime) -> QueuePlace { QueuePlace(task, at: time) }
    }

    var entries: [Entry] = []
    /// The entries' `search` texts, in the same order.
    var search = WordSearch()
    /// The store's `recentEvents.count` the queue was computed at: any save, here or
    /// elsewhere, moves it.
    var eventCount = 0
    var minute = 0
    var language = Language.english

    init() {}

    init(session: StoreSession, language: Language) {
        let tasks = CallQueue.due(TaskQuery(state: session.state, config: session.config, asOf: session.now))
        self.init(entries: tasks.map { Self.entry($0, session, language) }, session: session, language: language)
    }

    private init(entries: [Entry], session: StoreSession, language: Language) {
        self.entries = entries
        search = WordSearch(entries.map { $0.search })
        eventCount = session.store.recentEvents.count
        minute = session.now.minutes
        self.language = language
    }

    /// Beyond this many customers touched (a busy desk's saves after a long time away), the
    /// queue is computed whole again rather than patched customer by customer.
    static let mostCustomersUpdated = 64

    /// The queue brought up to date with the store: nil when nothing changed; at the same
    /// minute, only the customers the new events touched computed afresh.
    func updated(_ session: StoreSession) -> LoadedQueue? {
        let store = session.store
        guard minute == session.now.minutes else { return LoadedQueue(session: session, language: language) }
        guard store.recentEvents.count != eventCount else { return nil }
        let query = TaskQuery(state: session.state, config: session.config, asOf: session.now)
        guard let events = store.recentEvents.since(eventCount),
              let customers = QueueImpact.customers(touchedBy: events, query, listedCustomer: { id in
                  entries.first { $0.task.id == id }?.task.customerID
              }), customers.count <= Self.mostCustomersUpdated
        else { return LoadedQueue(session: session, language: language) }
        let fresh = CallQueue.due(of: customers, query).map { Self.entry($0, session, language) }
        var patched = entries
        patched.replaceQueueItems(of: customers, with: fresh, at: query.asOf)
        return LoadedQueue(entries: patched, session: session, language: language)
    }

    private static func entry(_ task: CallTask, _ session: StoreSession, _ language: Language) -> Entry {
        let state = session.state, now = session.now, m = MessageCatalog.queue
        let customer = state.customers[task.customerID]
        let vehicle = state.vehicles[task.plateKey]
        let overdue = task.isOverdue(at: now)
        let plate = vehicle?.plate ?? task.plateKey
        let cells = [overdue ? m.overdueMark[language] : "", short(task.dueAt), m.name(of: task.kind)[language],
                     customer?.name ?? task.customerID, plate, vehicle?.model ?? "",
                     task.lastContact.map(short) ?? "", String(task.attempts), task.claimedBy ?? ""]
        let search = [customer?.name ?? "", customer?.callablePhone ?? "", plate, task.plateKey, task.customerID, task.id]
            .joined(separator: "\u{1F}").lowercasedQuickly
        return Entry(task: task, cells: cells, search: WordSearch.Text(search), overdue: overdue,
                     takenByOther: task.claimedBy.map { $0 != session.actor.login } ?? false)
    }

    /// "11-05 10:00": the year is rarely in question on a call list.
    static func short(_ time: CivilTime) -> String { String(time.description.dropFirst(5)) }

    /// The entries of `kind` (nil: all) a search shows: every word of the query found in the entry's text.
    func matching(_ query: String, kind: TaskKind?) -> [Entry] {
        let words = query.lowercased().split(separator: " ").map { Plate.key(String($0)).lowercased() }
        let found = words.isEmpty ? entries : search.indexes(containingAll: words).map { entries[$0] }
        return kind.map { kind in found.filter { $0.task.kind == kind } } ?? found
    }

    /// How many entries of `kind` (nil: all) there are, and how many of them are overdue.
    func counts(kind: TaskKind?) -> (due: Int, overdue: Int) {
        var due = 0, overdue = 0
        for entry in entries where kind == nil || entry.task.kind == kind {
            due += 1
            if entry.overdue { overdue += 1 }
        }
        return (due, overdue)
    }
}
