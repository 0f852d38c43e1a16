import RevisitStore

/// Shown at start when forms were left unsaved last time: resume one, or discard them all.
public struct DraftOfferScreen: Screen {
    public var drafts: [Draft]
    let restorers: [String: @Sendable (Draft) -> (any Screen)?]
    var table: Table

    public init(drafts: [Draft], restorers: [String: @Sendable (Draft) -> (any Screen)?] = DraftKinds.restorers,
                language: Language = .english) {
        self.drafts = drafts
        self.restorers = restorers
        let m = MessageCatalog.drafts
        table = Table(columns: [TableColumn("", width: .flexible(min: 10))], rows: drafts.map { TableRow([m.label(of: $0, language)]) })
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
    public let title = Msg(en: "Unsaved work", zh: "未保存的内容", ko: "저장되지 않은 작업", es: "Trabajo sin guardar")
    public let explanation = Msg(en: "These were not saved when Revisit last closed:", zh: "上次关闭回访系统时，以下内容尚未保存：", ko: "지난번 Revisit 종료 시 저장되지 않은 항목입니다:", es: "Esto no se guardó la última vez que se cerró Revisit:")
    public let keys = Msg(en: "%1$@ resume the selected one   %2$@ discard them all", zh: "%1$@ 继续所选内容   %2$@ 全部放弃", ko: "%1$@ 선택 항목 이어서 작성   %2$@ 모두 삭제", es: "%1$@ retomar el seleccionado   %2$@ descartar todo")
    public let discarded = Msg(en: "Unsaved work discarded", zh: "已放弃未保存的内容", ko: "저장되지 않은 작업을 삭제했습니다", es: "Trabajo sin guardar descartado")
    public let call = Msg(en: "call", zh: "回访", ko: "통화", es: "llamada")
    public let complaint = Msg(en: "complaint", zh: "投诉", ko: "불만", es: "queja")

    /// What a draft is, in the screen's language, then its summary. A draft kept by an older
    /// version has the English name at the start of its summary already.
    func label(of draft: Draft, _ language: Language) -> String {
        let names = [CallScreen.draftKind: call, ComplaintFormScreen.draftKind: complaint]
        guard let name = names[draft.kind] else { return draft.summary }
        let summary = draft.summary.hasPrefix(name.en + " ") ? String(draft.summary.dropFirst(name.en.count + 1)) : draft.summary
        return name[language] + " " + summary
    }
}

extension MessageCatalog {
    public static let drafts = DraftMessages()
}

extension Action {
    public static let discardDrafts: Action = "discard-drafts"
}

extension ActionDescriptions {
    public static let drafts = ActionDescriptions([
        (.discardDrafts, Msg(en: "Discard the unsaved work", zh: "放弃未保存的内容", ko: "저장되지 않은 작업 삭제", es: "Descartar el trabajo sin guardar")),
    ])
}
