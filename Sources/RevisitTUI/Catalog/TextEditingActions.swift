extension Action {
    public static let cursorLeft: Action = "cursor-left"
    public static let cursorRight: Action = "cursor-right"
    public static let cursorUp: Action = "cursor-up"
    public static let cursorDown: Action = "cursor-down"
    public static let lineStart: Action = "line-start"
    public static let lineEnd: Action = "line-end"
    public static let deleteBackward: Action = "delete-backward"
    public static let deleteForward: Action = "delete-forward"
    public static let killToEnd: Action = "kill-to-end"
    public static let killToStart: Action = "kill-to-start"
    public static let newline: Action = "newline"
}

extension ActionDescriptions {
    public static let textEditing = ActionDescriptions([
        (.cursorLeft, Msg(en: "Cursor one character left", zh: "光标左移一个字")),
        (.cursorRight, Msg(en: "Cursor one character right", zh: "光标右移一个字")),
        (.cursorUp, Msg(en: "Cursor one line up", zh: "光标上移一行")),
        (.cursorDown, Msg(en: "Cursor one line down", zh: "光标下移一行")),
        (.lineStart, Msg(en: "Cursor to start of line", zh: "光标到行首")),
        (.lineEnd, Msg(en: "Cursor to end of line", zh: "光标到行尾")),
        (.deleteBackward, Msg(en: "Delete the character before the cursor", zh: "删除光标前的字")),
        (.deleteForward, Msg(en: "Delete the character at the cursor", zh: "删除光标处的字")),
        (.killToEnd, Msg(en: "Delete to end of line", zh: "删除到行尾")),
        (.killToStart, Msg(en: "Delete to start of line", zh: "删除到行首")),
        (.newline, Msg(en: "New line (in a one-line field: confirm it)", zh: "换行（单行输入框中为确认）")),
    ])
}
