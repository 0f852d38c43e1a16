import RevisitCore

/// One customer at a glance: who, which cars, every visit, and (from their own sections)
/// every call, task and complaint. Scrolls with the movement keys.
public struct CustomerCardScreen: Screen {
    public let customerID: String
    var name = ""
    var lines: [CardLine] = []
    var scroll = CardScroll()
    var loadedRevision: Int?
    var loadedWidth = 0

    public init(customerID: String) { self.customerID = customerID }

    public var keyContexts: [KeyContext] { [.card] }

    public func title(_ c: ScreenContext) -> String {
        c.format(MessageCatalog.customers.cardTitle, name.isEmpty ? customerID : "\(customerID) \(name)")
    }

    public mutating func handle(_ input: ScreenInput, context c: ScreenContext) -> Response {
        let page = max(1, c.bodySize.rows - 1)
        switch input {
        case .appeared:
            return .handled([.run(load(c, onlyIfChanged: false))])
        case .tick:
            return .handled([.run(load(c, onlyIfChanged: true))])
        case .commandResult(let card as LoadedCard):
            name = card.name
            lines = card.lines
            loadedRevision = card.revision
            loadedWidth = card.width
            scroll.keepIn(lineCount: lines.count)
            return .done
        case .action(let action):
            if scroll.move(action, lineCount: lines.count, page: page) { return .done }
            if action == .newComplaint { return .handled([.push(ComplaintFormScreen(.init(customerID: customerID)))]) }
            return Navigator.response(to: action) ?? .ignored
        default:
            return .ignored
        }
    }

    func load(_ c: ScreenContext, onlyIfChanged: Bool) -> StoreQuery {
        let id = customerID, language = c.language, width = c.bodySize.cols
        let seen = loadedRevision, seenWidth = loadedWidth
        return StoreQuery { session in
            session.refreshIfChanged()
            if onlyIfChanged, seen == session.revision, seenWidth == width { return nil }
            guard let customer = session.state.customers[id] else {
                return LoadedCard(name: "", lines: [CardLine(MessageCatalog.customers.customerGone[language])],
                                  revision: session.revision, width: width)
            }
            return LoadedCard(name: customer.name,
                              lines: CustomerCardSections.lines(for: customer, session: session, language: language, width: width),
                              revision: session.revision, width: width)
        }
    }

    /// The card's lines, and the keys on the last row.
    public func render(into f: inout Frame, region: Rect, context c: ScreenContext) {
        let rows = region.rows - 1
        scroll.render(lines, rows: rows, into: &f, region: region)
        let key = { (action: Action) in c.keyNames(for: action, in: [.card]) }
        scroll.renderKeyRow(c.format(MessageCatalog.customers.cardKeys, key(.newComplaint), key(.pageUp), key(.pageDown), key(.back)),
                            lineCount: lines.count, rows: rows, into: &f, region: region, context: c)
    }
}

struct LoadedCard {
    var name: String
    var lines: [CardLine]
    var revision: Int
    var width: Int
}
