import RevisitCore
import RevisitStore

/// The due tasks of every kind at one moment, with the text the queue shows and searches.
struct LoadedQueue: Sendable {
    struct Entry: QueueListItem {
        var task: CallTask
        var cells: [String]
        /// Lower-cased name, phone, plate (as written and as key), customer id and task id.
        var search: WordSearch.Text
        var overdue: Bool
        var takenByOther: Bool

        var customerID: String { task.customerID }
        /// By the overdue flag shown, so the list stays in order while entries from before a
        /// minute turned and entries patched at the new minute stand side by side.
        func place(at time: CivilTime) -> QueuePlace { QueuePlace(task, overdue: overdue) }
    }

    var entries: [Entry] = []
    /// The entries' `search` texts, in the same order.
    var search = WordSearch()
    /// The store's `recentEvents.count` the queue was computed at: any save, here or
    /// elsewhere, moves it.
    var eventCount = 0
    var minute = 0
    var language = Language.english
    /// After the minute turned: the whole queue at the new minute, computed on another thread.
    var nextMinute: BackgroundWork<LoadedQueue, Never>?

    init() {}

    init(session: StoreSession, language: Language) { self.init(QueueInputs(session), language: language) }

    init(_ inputs: QueueInputs, language: Language) {
        let tasks = inputs.due()
        self.init(entries: tasks.map { Self.entry($0, inputs, language) }, inputs, language: language)
    }

    private init(entries: [Entry], _ inputs: QueueInputs, language: Language) {
        self.entries = entries
        search = WordSearch(entries.map { $0.search })
        eventCount = inputs.eventCount
        minute = inputs.now.minutes
        self.language = language
    }

    /// Beyond this many customers touched (a busy desk's saves after a long time away), the
    /// queue is computed whole again rather than patched customer by customer.
    static let mostCustomersUpdated = 64

    /// Up to this many customers, the queue at a new minute is computed on the tick itself
    /// (a few ms); beyond, on another thread.
    static let mostCustomersInline = 2_000

    /// The queue brought up to date with the store and the minute: nil when nothing changed.
    /// At the same minute, only the customers the new events touched are computed afresh.
    /// When the minute turns on a large store, the whole queue is computed at the new minute
    /// on another thread (far more than a frame's CPU) and taken on the first tick after it is
    /// ready; meanwhile the entries stay as they were, save the ones new events touched.
    func updated(_ session: StoreSession, mostCustomersInline: Int = mostCustomersInline) -> LoadedQueue? {
        guard minute != session.now.minutes else { return patched(session) }
        guard session.state.customers.count > mostCustomersInline else { return LoadedQueue(session: session, language: language) }
        if let next = nextMinute?.finished, next.minute == session.now.minutes { return next.patched(session) ?? next }
        guard nextMinute == nil || nextMinute?.finished != nil else { return patched(session) }
        var waiting = patched(session) ?? self
        let inputs = QueueInputs(session), language = language
        waiting.nextMinute = BackgroundWork { LoadedQueue(inputs, language: language) }
        return waiting
    }

    /// The entries the events since `eventCount` touched computed afresh at `session.now`;
    /// nil when there are none. Too many or unknown events: the whole queue computed again.
    private func patched(_ session: StoreSession) -> LoadedQueue? {
        let store = session.store
        guard store.recentEvents.count != eventCount else { return nil }
        let inputs = QueueInputs(session), query = inputs.query
        var queue: LoadedQueue
        if let events = store.recentEvents.since(eventCount),
           let customers = QueueImpact.customers(touchedBy: events, query, listedCustomer: { id in
               entries.first { $0.task.id == id }?.task.customerID
           }), customers.count <= Self.mostCustomersUpdated {
            let fresh = inputs.due(of: customers).map { Self.entry($0, inputs, language) }
            var patched = entries
            patched.replaceQueueItems(of: customers, with: fresh, at: query.asOf)
            queue = LoadedQueue(entries: patched, inputs, language: language)
            queue.minute = minute
            queue.nextMinute = nextMinute
        } else {
            queue = LoadedQueue(inputs, language: language)
        }
        return queue
    }

    private static func entry(_ task: CallTask, _ inputs: QueueInputs, _ language: Language) -> Entry {
        let state = inputs.state, now = inputs.now, m = MessageCatalog.queue
        let customer = state.customers[task.customerID]
        let vehicle = state.vehicles[task.plateKey]
        let overdue = task.isOverdue(at: now)
        let plate = vehicle?.plate ?? task.plateKey
        let cells = [overdue ? m.overdueMark[language] : "", ShortDate.time(task.dueAt, now: now), m.shortName(of: task.kind)[language],
                     customer?.name ?? task.customerID, plate, vehicle?.model ?? "",
                     task.lastContact.map { ShortDate.time($0, now: now) } ?? "", String(task.attempts), task.claimedBy ?? ""]
        let name = customer?.name ?? ""
        let search = Unaccented.text([name, HangulInitials.of(name) ?? "", customer?.callablePhone ?? "", plate, task.plateKey, task.customerID, task.id]
            .joined(separator: "\u{1F}").lowercasedQuickly)
        return Entry(task: task, cells: cells, search: WordSearch.Text(search), overdue: overdue,
                     takenByOther: task.claimedBy.map { $0 != inputs.login } ?? false)
    }

    /// The entries of `kind` (nil: all) a search shows: every word of the query found in the entry's text.
    func matching(_ query: String, kind: TaskKind?) -> [Entry] {
        let words = Unaccented.text(query.lowercased()).split(separator: " ").map { Plate.key(String($0)).lowercased() }
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
