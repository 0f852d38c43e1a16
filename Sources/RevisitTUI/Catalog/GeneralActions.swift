extension Action {
    public static let quit: Action = "quit"
    public static let help: Action = "help"
    public static let back: Action = "back"
    public static let select: Action = "select"
    public static let moveUp: Action = "move-up"
    public static let moveDown: Action = "move-down"
    public static let pageUp: Action = "page-up"
    public static let pageDown: Action = "page-down"
    public static let first: Action = "first"
    public static let last: Action = "last"
    public static let nextField: Action = "next-field"
    public static let previousField: Action = "previous-field"
    public static let close: Action = "close"
    public static let yes: Action = "yes"
    public static let no: Action = "no"
}

extension ActionDescriptions {
    public static let general = ActionDescriptions([
        (.quit, Msg(en: "Quit Revisit", zh: "退出回访系统")),
        (.help, Msg(en: "Show the keys for this screen", zh: "显示本页面的按键")),
        (.back, Msg(en: "Go back / cancel", zh: "返回 / 取消")),
        (.select, Msg(en: "Open the selected item", zh: "打开所选项")),
        (.moveUp, Msg(en: "Move up", zh: "上移")),
        (.moveDown, Msg(en: "Move down", zh: "下移")),
        (.pageUp, Msg(en: "Page up", zh: "上一页")),
        (.pageDown, Msg(en: "Page down", zh: "下一页")),
        (.first, Msg(en: "Go to the first item", zh: "到第一项")),
        (.last, Msg(en: "Go to the last item", zh: "到最后一项")),
        (.nextField, Msg(en: "Next field", zh: "下一个输入框")),
        (.previousField, Msg(en: "Previous field", zh: "上一个输入框")),
        (.close, Msg(en: "Close", zh: "关闭")),
        (.yes, Msg(en: "Yes", zh: "是")),
        (.no, Msg(en: "No", zh: "否")),
    ])
}
