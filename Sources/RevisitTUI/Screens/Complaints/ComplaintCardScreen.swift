import RevisitCore
import RevisitStore

/// One complaint with everything about it and its full history; scrolls with the movement
/// keys. The owner and supervisors act on it here as in the queue.
public struct ComplaintCardScreen: Screen {
    public let complaintID: String
    var loaded: LoadedComplaintCard?
    var scroll = CardScroll()
    var host = ComplaintPromptHost()
    /// A prompt's draft, reopened once the complaint is loaded.
    var resuming: Draft?

    public init(complaintID: String) { self.complaintID = complaintID }

    public var keyContexts: [KeyContext] { host.keyContexts(.complaints) }
    public var acceptsText: Bool { host.acceptsText }
    public var hasUnsavedInput: Bool { host.hasTypedText }

    public func title(_ c: ScreenContext) -> String { c.format(MessageCatalog.complaints.cardTitle, complaintID) }

    /// Lines of the card in sight: the prompt, when open, or the key hint take the bottom rows.
    func page(_ c: ScreenContext) -> Int { max(1, c.bodySize.rows - (host.prompt?.height ?? 1)) }

    public mutating func handle(_ input: ScreenInput, context c: ScreenContext) -> Response {
        if let response = host.handle(input, context: c, width: c.bodySize.cols, afterSave: [.run(load(c, always: true))]) {
            return response
        }
        let lineCount = loaded?.lines.count ?? 0
        let page = page(c)
        switch input {
        case .appeared:
            // back from a screen above: reload only if something changed meanwhile
            return .handled([.run(load(c, always: loaded == nil))])
        case .tick:
            return .handled([.run(load(c, always: false))])
        case .commandResult(let card as LoadedComplaintCard):
            loaded = card
            scroll.keepIn(lineCount: card.lines.count)
            if let draft = resuming, let complaint = card.standing?.complaint {
                host.resume(draft, on: complaint, staff: card.staff, departments: card.departments, language: c.language)
                resuming = nil
            }
            return .done
        case .action(let action):
            if let card = loaded, let complaint = card.standing?.complaint,
               host.start(action, on: complaint, staff: card.staff, departments: card.departments, language: c.language) {
                return .done
            }
            return scroll.move(action, lineCount: lineCount, page: page) ? .done : Navigator.response(to: action) ?? .ignored
        default:
            return .ignored
        }
    }

    func load(_ c: ScreenContext, always: Bool) -> StoreQuery {
        let id = complaintID, language = c.language, width = c.bodySize.cols - 2
        let seen = loaded.map { ($0.revision, $0.asOf, $0.width) }
        return StoreQuery { session in
            session.refreshIfChanged()
            let now = session.now
            if !always, let seen, seen.0 == session.revision, seen.1 == now, seen.2 == width { return nil }
            return LoadedComplaintCard(id: id, session: session, asOf: now, language: language, width: width)
        }
    }

    public func render(into f: inout Frame, region: Rect, context c: ScreenContext) {
        guard let loaded else { return }
        let promptRows = host.render(into: &f, region: region, context: c, screen: .complaints)
        let rows = region.rows - (promptRows > 0 ? promptRows : 1)
        scroll.render(loaded.lines, rows: rows, into: &f, region: region)
        if promptRows == 0 {
            let key = { (action: Action) in c.keyNames(for: action, in: [.complaints]) }
            scroll.renderKeyRow(c.format(MessageCatalog.complaints.cardKeys, key(.complaintAssign), key(.complaintDeadline),
                                         key(.complaintStatus), key(.complaintClose), key(.complaintNote), key(.back)),
                                lineCount: loaded.lines.count, rows: rows, into: &f, region: region, context: c)
        }
    }
}

/// One load of a complaint card.
struct LoadedComplaintCard {
    var standing: ComplaintStanding?
    var lines: [CardLine]
    var staff: [StaffMember]
    var departments: [String]
    var revision: Int
    var asOf: CivilTime
    var width: Int

    init(id: String, session: StoreSession, asOf: CivilTime, language: Language, width: Int) {
        let state = session.state
        let clocks = ComplaintClocks(session.config.businessHours)
        standing = state.complaints[id].flatMap { state.complaintStanding($0, asOf: max(asOf, $0.lastChangedAt), clocks: clocks) }
        lines = standing.map { ComplaintCardLines.lines($0, state: state, language: language, width: width) }
            ?? [CardLine(MessageCatalog.complaints.gone[language])]
        staff = session.store.staff.members
        departments = session.config.departments
        revision = session.revision
        self.asOf = asOf
        self.width = width
    }
}

/// A prompt half typed on the card (or in the queue, see `ComplaintQueueScreen`) survives a
/// dropped terminal; resumed, it opens on the complaint's card.
extension ComplaintCardScreen: DraftKeeping {
    public var draft: Draft? { host.draft }

    public init?(draft: Draft) {
        guard draft.kind == ComplaintPromptHost.draftKind,
              let id = draft.fields[ComplaintPromptHost.draftKeys.complaint], !id.isEmpty else { return nil }
        self.init(complaintID: id)
        resuming = draft
    }
}
