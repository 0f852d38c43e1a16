import RevisitCore

/// The rep's home: the calls due now, overdue first, then by due time. Search as you type
/// (name, phone, plate, id), filter by kind, Enter takes the call. Other reps' claims and
/// saves show up on the next tick, without a key being pressed.
public struct CallQueueScreen: Screen {
    var searchField = TextField(maxLength: 40)
    var searching = false
    var kind: TaskKind?
    var table = Table(columns: [])
    var loaded: LoadedQueue?
    /// The entries of the kind shown, and how many of them are overdue.
    var counts = (due: 0, overdue: 0)
    var shown: [LoadedQueue.Entry] = []

    public init() {}

    public var keyContexts: [KeyContext] { searching ? [.text, .queue] : [.queue] }
    public var acceptsText: Bool { searching }

    public func title(_ c: ScreenContext) -> String { c.text(MessageCatalog.queue.title) }

    func tableHeight(_ c: ScreenContext) -> Int { c.bodySize.rows - 2 }

    public mutating func handle(_ input: ScreenInput, context c: ScreenContext) -> Response {
        switch input {
        case .appeared, .tick:
            return .handled([.run(load(c))])
        case .commandResult(let result as LoadedQueue):
            apply(result, c)
            return .done
        case .character where searching:
            if searchField.handle(input, width: 40) { refilter() }
            return .done
        case .action(let action) where searching:
            if action == .back || action == .newline || action == .select {
                searching = false
                return .done
            }
            if table.handle(action, height: tableHeight(c)) { return .done }
            if searchField.handle(input, width: 40) { refilter(); return .done }
            return .ignored
        case .action(.search):
            searching = true
            return .done
        case .action(.nextKind):
            kind = Self.kind(after: kind)
            refilter()
            return .done
        case .action(.select):
            guard let i = table.selectedIndex, i < shown.count else { return .done }
            return .handled([.push(CallScreen(taskID: shown[i].task.id))])
        case .action(.newComplaint):    // an inbound complaint: the quick-handling form, customer typed in
            return .handled([.push(ComplaintFormScreen())])
        case .action(let action):
            if table.handle(action, height: tableHeight(c)) { return .done }
            return Navigator.response(to: action) ?? .ignored
        default:
            return .ignored
        }
    }

    static func kind(after kind: TaskKind?) -> TaskKind? {
        guard let kind, let i = TaskKind.allCases.firstIndex(of: kind) else { return TaskKind.allCases.first }
        return i + 1 < TaskKind.allCases.count ? TaskKind.allCases[i + 1] : nil
    }

    /// Brings the queue up to date when the store changed or the minute turned.
    func load(_ c: ScreenContext) -> StoreQuery {
        let language = c.language, seen = loaded
        return StoreQuery { session in
            session.refreshIfChanged()
            guard let seen, seen.language == language else { return LoadedQueue(session: session, language: language) }
            return seen.updated(session)
        }
    }

    mutating func apply(_ result: LoadedQueue, _ c: ScreenContext) {
        if table.columns.isEmpty || loaded?.language != result.language { table = Table(columns: Self.columns(c)) }
        loaded = result
        refilter()
    }

    mutating func refilter() {
        guard let loaded else { return }
        let selectedID = table.selectedIndex.flatMap { $0 < shown.count ? shown[$0].task.id : nil }
        shown = loaded.matching(searchField.text, kind: kind)
        counts = loaded.counts(kind: kind)
        table.setRows(shown.map { TableRow($0.cells, style: $0.takenByOther ? .dim : ($0.overdue ? .color(.overdue) : .plain)) })
        if let selectedID, let i = shown.firstIndex(where: { $0.task.id == selectedID }) { table.select(i, height: Int.max / 2) }
    }

    static func columns(_ c: ScreenContext) -> [TableColumn] {
        let m = MessageCatalog.queue
        // The mark and the tries' heading are a cell wider in Chinese (逾期, 次数) than in English,
        // its kinds two narrower (10 cells against 12), so the row still fits 80 columns. Narrower,
        // the model, the last call and the tries give way before who has taken a call.
        let mark = max(3, DisplayWidth.of(c.text(m.overdueMark))), tries = max(3, DisplayWidth.of(c.text(m.columnTries)))
        let kind = DisplayWidth.widest(TaskKind.allCases.map { c.text(m.shortName(of: $0)) })
        return [
            TableColumn("", width: .fixed(mark)), TableColumn(c.text(m.columnDue), width: .fixed(11)),
            TableColumn(c.text(m.columnKind), width: .fixed(kind)), TableColumn(c.text(m.columnCustomer), width: .flexible(min: 8, max: TableColumn.longestName)),
            TableColumn(c.text(m.columnPlate), width: .fixed(10)), TableColumn(c.text(m.columnModel), width: .fixed(7), givesWay: 1),
            TableColumn(c.text(m.columnLast), width: .fixed(11), givesWay: 2),
            TableColumn(c.text(m.columnTries), width: .fixed(tries), alignment: .right, givesWay: 3),
            TableColumn(c.text(m.columnTaken), width: .fixed(7)),
        ]
    }

    public func render(into f: inout Frame, region: Rect, context c: ScreenContext) {
        let m = MessageCatalog.queue
        var col = region.col + f.put(c.text(m.searchLabel), row: region.row, col: region.col, style: .bold) + 1
        searchField.render(into: &f, row: region.row, col: col, width: 16, focused: searching)
        col += 18
        // The kind filter is never hidden behind the counts: they give way first, the
        // "shown" part before the totals.
        let end = region.col + region.cols
        let kindText = c.format(m.kindLabel, kind.map { c.text(m.name(of: $0)) } ?? c.text(m.allKinds))
        col += f.put(kindText, row: region.row, col: col, width: max(0, min(DisplayWidth.of(kindText), end - col))) + 2
        let totals = c.format(m.counts, counts.due, counts.overdue)
        let summaries = (shown.count == counts.due ? [totals] : [c.format(m.shown, shown.count, counts.due) + "  " + totals, totals])
            + [c.format(m.countsShort, counts.due, counts.overdue)]
        if let summary = summaries.first(where: { DisplayWidth.of($0) <= end - col }) {
            f.put(summary, row: region.row, col: end - DisplayWidth.of(summary), style: .dim)
        }
        let tableRegion = Rect(row: region.row + 1, col: region.col, rows: region.rows - 2, cols: region.cols)
        if loaded != nil, shown.isEmpty {
            let text = counts.due == 0 ? m.empty : m.noMatch
            f.put(c.text(text), row: tableRegion.row + 1, col: region.col + 2, style: .dim)
        } else {
            table.render(into: &f, region: tableRegion, focused: !searching)
        }
        let keys = { (a: Action) in c.keyNames(for: a, in: [.queue]) }
        f.put(c.format(m.hint, keys(.select), keys(.search), keys(.nextKind)), row: region.row + region.rows - 1,
              col: region.col + 1, width: region.cols - 2, style: .dim)
    }
}
