import RevisitCore

/// The due tasks at one moment, with the text the queue shows and searches.
struct LoadedQueue {
    struct Entry {
        var task: CallTask
        var cells: [String]
        /// Lower-cased name, phone, plate (as written and as key), customer id and task id.
        var searchText: String
        var overdue: Bool
        var takenByOther: Bool
    }

    var entries: [Entry] = []
    /// The entries' `searchText`, in the same order.
    var search = WordSearch()
    var overdueCount = 0
    /// The journal position the queue was computed at: any save, here or elsewhere, moves it.
    var journalSeq = 0
    var minute = 0
    var kind: TaskKind?
    var language = Language.english

    init() {}

    init(session: StoreSession, kind: TaskKind?, language: Language) {
        let state = session.state, now = session.now
        let tasks = CallQueue.due(TaskQuery(state: state, config: session.config, asOf: now), kinds: kind.map { [$0] })
        let m = MessageCatalog.queue
        entries = tasks.map { task in
            let customer = state.customers[task.customerID]
            let vehicle = state.vehicles[task.plateKey]
            let overdue = task.isOverdue(at: now)
            let plate = vehicle?.plate ?? task.plateKey
            let cells = [overdue ? m.overdueMark[language] : "", Self.short(task.dueAt), m.name(of: task.kind)[language],
                         customer?.name ?? task.customerID, plate, vehicle?.model ?? "",
                         task.lastContact.map(Self.short) ?? "", String(task.attempts), task.claimedBy ?? ""]
            let search = [customer?.name ?? "", customer?.callablePhone ?? "", plate, task.plateKey, task.customerID, task.id]
                .joined(separator: "\u{1F}").lowercased()
            return Entry(task: task, cells: cells, searchText: search, overdue: overdue,
                         takenByOther: task.claimedBy.map { $0 != session.actor.login } ?? false)
        }
        search = WordSearch(entries.map(\.searchText))
        overdueCount = entries.filter(\.overdue).count
        journalSeq = session.store.journalLastSeq
        minute = now.minutes
        self.kind = kind
        self.language = language
    }

    /// "11-05 10:00": the year is rarely in question on a call list.
    static func short(_ time: CivilTime) -> String { String(time.description.dropFirst(5)) }

    /// The entries a search shows: every word of the query found in the entry's text.
    func matching(_ query: String) -> [Entry] {
        let words = query.lowercased().split(separator: " ").map { Plate.key(String($0)).lowercased() }
        guard !words.isEmpty else { return entries }
        return search.indexes(containingAll: words).map { entries[$0] }
    }
}
