import RevisitCore

/// Every customer, searched as you type by name, phone or plate. Enter opens the card.
public struct CustomerListScreen: Screen {
    static let shownLimit = 500

    var searchField = TextField(maxLength: 40)
    var searching = false
    var table = Table(columns: [])
    var result = CustomerListResult()
    /// The session revision and query the rows were loaded for.
    var loaded: (revision: Int, query: String)?

    public init() {}

    public var keyContexts: [KeyContext] { searching ? [.text, .list] : [.list] }
    public var acceptsText: Bool { searching }

    public func title(_ c: ScreenContext) -> String { c.text(MessageCatalog.customers.listTitle) }

    public mutating func handle(_ input: ScreenInput, context c: ScreenContext) -> Response {
        let tableHeight = c.bodySize.rows - 2
        switch input {
        case .appeared:
            return .handled([.run(load(c.language, onlyIfChanged: false))])
        case .tick:
            return .handled([.run(load(c.language, onlyIfChanged: true))])
        case .commandResult(let loaded as CustomerListResult):
            apply(loaded, c)
            return .done
        case .character where searching:
            guard searchField.handle(input, width: 40) else { return .done }
            return .handled([.run(load(c.language, onlyIfChanged: false))])
        case .action(let action) where searching:
            if action == .back || action == .newline || action == .select {
                searching = false
                return .done
            }
            if table.handle(action, height: tableHeight) { return .done }
            guard searchField.handle(input, width: 40) else { return .ignored }
            return .handled([.run(load(c.language, onlyIfChanged: false))])
        case .action(.search):
            searching = true
            return .done
        case .action(.select):
            guard let index = table.selectedIndex, index < result.ids.count else { return .done }
            return .handled([.push(CustomerCardScreen(customerID: result.ids[index]))])
        case .action(let action):
            if table.handle(action, height: tableHeight) { return .done }
            return Navigator.response(to: action) ?? .ignored
        default:
            return .ignored
        }
    }

    func load(_ language: Language, onlyIfChanged: Bool) -> StoreQuery {
        let query = searchField.text
        let seen = loaded
        return StoreQuery { session in
            session.refreshIfChanged()
            if onlyIfChanged, let seen, seen.revision == session.revision, seen.query == query { return nil }
            return CustomerListResult(query: query, session: session, language: language, limit: Self.shownLimit)
        }
    }

    mutating func apply(_ loaded: CustomerListResult, _ c: ScreenContext) {
        let m = MessageCatalog.customers
        if table.columns.isEmpty || self.result.language != c.language {
            table = Table(columns: [
                TableColumn(c.text(m.columnID), width: .fixed(7)),
                TableColumn(c.text(m.columnName), width: .flexible(min: 10, max: TableColumn.longestName)),
                TableColumn(c.text(m.columnPhone), width: .fixed(13)),
                TableColumn(c.text(m.columnPlates), width: .flexible(min: 10)),
                TableColumn(c.text(m.columnLastVisit), width: .fixed(10)),
            ])
        }
        table.setRows(loaded.rows)
        result = loaded
        self.loaded = (loaded.revision, loaded.query)
    }

    public func render(into f: inout Frame, region: Rect, context c: ScreenContext) {
        let m = MessageCatalog.customers
        let label = c.text(m.searchLabel)
        let labelWidth = f.put(label, row: region.row, col: region.col, style: .bold)
        let fieldCol = region.col + labelWidth + 1
        let fieldWidth = min(30, max(5, region.cols / 2 - labelWidth))
        searchField.render(into: &f, row: region.row, col: fieldCol, width: fieldWidth, focused: searching)
        var summary = c.format(m.matches, result.total, result.all)
        if result.total > result.ids.count { summary += c.text(MessageCatalog.app.listSeparator) + c.format(m.showingFirst, result.ids.count) }
        if !searching && searchField.isEmpty {
            summary = c.format(m.searchHint, c.keyNames(for: .search, in: [.list]))
        }
        let summaryCol = fieldCol + fieldWidth + 2
        f.put(summary, row: region.row, col: summaryCol, width: max(0, region.col + region.cols - summaryCol),
              style: .dim, align: .right)
        let tableRegion = Rect(row: region.row + 1, col: region.col, rows: region.rows - 1, cols: region.cols)
        if result.rows.isEmpty && loaded != nil {
            f.put(c.text(m.noMatch), row: tableRegion.row + 1, col: region.col + 2, style: .dim)
        } else {
            table.render(into: &f, region: tableRegion, focused: !searching)
        }
    }
}

/// One load of the list: the rows to show for a query.
struct CustomerListResult {
    var query = ""
    var ids: [String] = []
    var rows: [TableRow] = []
    var total = 0
    var all = 0
    var revision = 0
    var language: Language?

    init() {}

    init(query: String, session: StoreSession, language: Language, limit: Int) {
        let state = session.state
        let matches = session.customerSearch.search(query, limit: limit)
        self.query = query
        ids = matches.ids
        total = matches.total
        all = state.customers.count
        revision = session.revision
        self.language = language
        rows = matches.ids.compactMap { id in
            guard let c = CustomerListing(id, in: state) else { return nil }
            return TableRow([c.id, c.name, c.phone, c.plates.joined(separator: " "), c.lastVisit?.description ?? ""],
                            style: c.doNotCall ? .dim : .plain)
        }
    }
}
