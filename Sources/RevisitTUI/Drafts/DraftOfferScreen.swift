import RevisitStore

/// Shown at start when forms were left unsaved last time: resume one, or discard them all.
public struct DraftOfferScreen: Screen {
    public var drafts: [Draft]
    let restorers: [String: @Sendable (Draft) -> (any Screen)?]
    var table: Table

    public init(drafts: [Draft], restorers: [String: @Sendable (Draft) -> (any Screen)?] = DraftKinds.restorers) {
        self.drafts = drafts
        self.restorers = restorers
        table = Table(columns: [TableColumn("", width: .flexible(min: 10))], rows: drafts.map { TableRow([$0.summary]) })
    }

    public var keyContexts: [KeyContext] { [.list] }

    public func title(_ c: ScreenContext) -> String { c.text(MessageCatalog.drafts.title) }

    public mutating func handle(_ input: ScreenInput, context c: ScreenContext) -> Response {
        guard case .action(let action) = input else { return .ignored }
        switch action {
        case .select:
            guard let index = table.selectedIndex, let screen = restorers[drafts[index].kind]?(drafts[index]) else { return .done }
            return .handled([.run(ForgetDrafts([drafts[index]])), .replace(screen)])
        case .discardDrafts:
            return .handled([.run(ForgetDrafts(drafts)), .pop, .status(c.text(MessageCatalog.drafts.discarded), .info)])
        default:
            return table.handle(action, height: c.bodySize.rows - 3) ? .done : .ignored
        }
    }

    public func render(into f: inout Frame, region: Rect, context c: ScreenContext) {
        let m = MessageCatalog.drafts
        f.put(c.text(m.explanation), row: region.row, col: region.col + 1, width: region.cols - 2, style: .bold)
        f.put(c.format(m.keys, c.keyNames(for: .select, in: keyContexts), c.keyNames(for: .discardDrafts, in: keyContexts)),
              row: region.row + 1, col: region.col + 1, width: region.cols - 2, style: .dim)
        table.render(into: &f, region: Rect(row: region.row + 2, col: region.col + 1, rows: region.rows - 2, cols: region.cols - 2))
    }
}

/// Drafts no longer to keep: the one resumed, or all those offered when discarded.
public struct ForgetDrafts: AppCommand {
    public let drafts: [Draft]
    public init(_ drafts: [Draft]) { self.drafts = drafts }
}

public struct DraftMessages: MessageGroup {
    public let title = Msg(en: "Unsaved work", zh: "未保存的内容")
    public let explanation = Msg(en: "These were not saved when Revisit last closed:", zh: "上次关闭回访系统时，以下内容尚未保存：")
    public let keys = Msg(en: "%1$@ resume the selected one   %2$@ discard them all", zh: "%1$@ 继续所选内容   %2$@ 全部放弃")
    public let discarded = Msg(en: "Unsaved work discarded", zh: "已放弃未保存的内容")
}

extension MessageCatalog {
    public static let drafts = DraftMessages()
}

extension Action {
    public static let discardDrafts: Action = "discard-drafts"
}

extension ActionDescriptions {
    public static let drafts = ActionDescriptions([
        (.discardDrafts, Msg(en: "Discard the unsaved work", zh: "放弃未保存的内容")),
    ])
}
