import RevisitCore
import RevisitStore

/// The supervisor's complaint queue: every complaint not closed, crisis first, then
/// escalated, overdue, first-contact breaches, then by deadline. Counts by flag on top.
/// Assign, sign a deadline, change the status, close or add a note without leaving the list.
public struct ComplaintQueueScreen: Screen {
    var table = Table(columns: [])
    var loaded: LoadedComplaintQueue?
    var host = ComplaintPromptHost()

    public init() {}

    public var keyContexts: [KeyContext] { host.keyContexts(.complaints) }
    public var acceptsText: Bool { host.acceptsText }
    public var hasUnsavedInput: Bool { host.hasTypedText }

    public func title(_ c: ScreenContext) -> String { c.text(MessageCatalog.complaints.queueTitle) }

    var selected: ComplaintStanding? {
        guard let loaded, let i = table.selectedIndex, i < loaded.standings.count else { return nil }
        return loaded.standings[i]
    }

    func tableHeight(_ c: ScreenContext) -> Int { c.bodySize.rows - 2 - (host.prompt?.height ?? 0) }

    public mutating func handle(_ input: ScreenInput, context c: ScreenContext) -> Response {
        if let response = host.handle(input, context: c, width: c.bodySize.cols, afterSave: [.run(load(c, always: true))]) {
            return response
        }
        switch input {
        case .appeared:
            // back from a screen above: reload only if something changed meanwhile
            return .handled([.run(load(c, always: loaded == nil))])
        case .tick:
            return .handled([.run(load(c, always: false))])
        case .commandResult(let result as LoadedComplaintQueue):
            if table.columns.isEmpty || loaded?.language != result.language {
                table = Table(columns: ComplaintRowText.queueColumns(result.language))
            }
            table.setRows(result.rows)
            loaded = result
            return .done
        case .action(.select):
            guard let s = selected else { return .done }
            return .handled([.push(ComplaintCardScreen(complaintID: s.complaint.id))])
        case .action(.newComplaint):
            return .handled([.push(ComplaintFormScreen())])
        case .action(let action):
            if let s = selected, let loaded,
               host.start(action, on: s.complaint, staff: loaded.staff, departments: loaded.departments, language: c.language) {
                return .done
            }
            if table.handle(action, height: tableHeight(c)) { return .done }
            return Navigator.response(to: action) ?? .ignored
        default:
            return .ignored
        }
    }

    func load(_ c: ScreenContext, always: Bool) -> StoreQuery {
        let language = c.language, seen = loaded
        return StoreQuery { session in
            session.refreshIfChanged()
            let now = session.now
            if !always, let seen, seen.revision == session.revision, seen.asOf == now { return nil }
            return seen?.updated(session, asOf: now, language: language)
                ?? LoadedComplaintQueue(session: session, asOf: now, language: language)
        }
    }

    public func render(into f: inout Frame, region: Rect, context c: ScreenContext) {
        let m = MessageCatalog.complaints
        guard let loaded else { return }
        let n = loaded.counts
        let whole = c.format(m.counts, n.live, n.crisis, n.escalated, n.overdue, n.firstContactBreached)
        let counts = DisplayWidth.of(whole) <= region.cols
            ? whole : c.format(m.countsShort, n.live, n.crisis, n.escalated, n.overdue, n.firstContactBreached)
        f.put(counts, row: region.row, col: region.col, width: region.cols, style: n.crisis > 0 ? Style(bold: true, color: .overdue) : .bold)
        let promptRows = host.render(into: &f, region: region, context: c, screen: .complaints)
        let tableRegion = Rect(row: region.row + 1, col: region.col, rows: region.rows - 2 - promptRows, cols: region.cols)
        if loaded.standings.isEmpty {
            f.put(c.text(m.queueEmpty), row: tableRegion.row + 1, col: region.col + 2, style: .dim)
        } else {
            table.render(into: &f, region: tableRegion, focused: !host.isOpen)
        }
        if promptRows == 0 {
            let key = { (action: Action) in c.keyNames(for: action, in: [.complaints]) }
            f.put(c.format(m.queueKeys, key(.select), key(.complaintAssign), key(.complaintDeadline), key(.complaintStatus),
                           key(.complaintClose), key(.complaintNote)),
                  row: region.row + region.rows - 1, col: region.col, width: region.cols, style: .dim)
        }
    }
}

extension ComplaintQueueScreen: DraftKeeping {
    public var draft: Draft? { host.draft }
}
