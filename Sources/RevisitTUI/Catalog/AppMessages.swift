/// The frame around every screen: title bar, status line, dialogs, help.
public struct AppMessages: MessageGroup {
    public let appName = Msg(en: "Revisit", zh: "回访")
    public let quitWithUnsaved = Msg(en: "Unsaved input will be lost. Quit anyway?", zh: "有未保存的输入，仍要退出吗？")
    public let discardUnsaved = Msg(en: "Unsaved input will be lost. Leave this screen?", zh: "有未保存的输入，仍要离开此页面吗？")
    public let confirmKeys = Msg(en: "%1$@ yes   %2$@ no", zh: "%1$@ 是   %2$@ 否")
    public let statusHint = Msg(en: "%1$@ help   %2$@ quit", zh: "%1$@ 帮助   %2$@ 退出")
    public let terminalTooSmall = Msg(en: "Terminal too small", zh: "终端窗口太小")
    public let helpTitle = Msg(en: "Keys: %@", zh: "按键：%@")
    public let helpFooter = Msg(en: "%@ closes this help", zh: "按 %@ 关闭帮助")
    /// The footer while lines lie below the last one shown.
    public let helpFooterMore = Msg(en: "%1$@ more   %2$@ closes this help", zh: "%1$@ 查看更多   按 %2$@ 关闭帮助")
    public let helpScreens = Msg(en: "Screens", zh: "页面")
    public let unbound = Msg(en: "(not bound)", zh: "（未绑定）")
    /// "Label: value", with the colon each language writes.
    public let labelled = Msg(en: "%@: %@", zh: "%@：%@")
    /// Between the items of a list in running text, with the comma each language writes.
    public let listSeparator = Msg(en: ", ", zh: "，")
    /// Before the screen opens, while the store is read (see `OpeningNotice`).
    public let opening = Msg(en: "Revisit: opening %@…", zh: "回访：正在打开 %@…")
    /// No state cache, or one this version cannot use: seconds on a large store.
    public let openingWholeJournal = Msg(en: "Revisit: opening %@, reading its whole journal…", zh: "回访：正在打开 %@，读取全部日志…")
    /// The store opened without records its journal could not give (`RevisitStore.leftOut`).
    public let leftOut = Msg(en: "%d unreadable journal record(s) are missing here; see `revisit check`",
                             zh: "日志中有 %d 条记录无法读取，此处缺少其内容；运行 revisit check 查看")
    /// On a card's key row, while it does not fit: the lines below those in sight, or above.
    public let linesBelow = Msg(en: "↓ %d more below", zh: "↓ 下方还有 %d 行")
    public let linesAbove = Msg(en: "↑ %d more above", zh: "↑ 上方还有 %d 行")
    public let textLimitReached = Msg(en: "Text limit reached (%d characters)", zh: "已达字数上限（%d 字）")
}

extension MessageCatalog {
    public static let app = AppMessages()
}
