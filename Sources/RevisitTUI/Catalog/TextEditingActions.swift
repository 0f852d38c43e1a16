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
        (.cursorLeft, Msg(en: "Cursor one character left", zh: "光标左移一个字", ko: "커서를 왼쪽으로 한 글자 이동", es: "Cursor un carácter a la izquierda")),
        (.cursorRight, Msg(en: "Cursor one character right", zh: "光标右移一个字", ko: "커서를 오른쪽으로 한 글자 이동", es: "Cursor un carácter a la derecha")),
        (.cursorUp, Msg(en: "Cursor one line up", zh: "光标上移一行", ko: "커서를 위로 한 줄 이동", es: "Cursor una línea arriba")),
        (.cursorDown, Msg(en: "Cursor one line down", zh: "光标下移一行", ko: "커서를 아래로 한 줄 이동", es: "Cursor una línea abajo")),
        (.lineStart, Msg(en: "Cursor to start of line", zh: "光标到行首", ko: "커서를 줄 처음으로 이동", es: "Cursor al inicio de la línea")),
        (.lineEnd, Msg(en: "Cursor to end of line", zh: "光标到行尾", ko: "커서를 줄 끝으로 이동", es: "Cursor al final de la línea")),
        (.deleteBackward, Msg(en: "Delete the character before the cursor", zh: "删除光标前的字", ko: "커서 앞의 글자 삭제", es: "Borrar el carácter anterior al cursor")),
        (.deleteForward, Msg(en: "Delete the character at the cursor", zh: "删除光标处的字", ko: "커서 위치의 글자 삭제", es: "Borrar el carácter bajo el cursor")),
        (.killToEnd, Msg(en: "Delete to end of line", zh: "删除到行尾", ko: "줄 끝까지 삭제", es: "Borrar hasta el final de la línea")),
        (.killToStart, Msg(en: "Delete to start of line", zh: "删除到行首", ko: "줄 처음까지 삭제", es: "Borrar hasta el inicio de la línea")),
        (.newline, Msg(en: "New line (in a one-line field: confirm it)", zh: "换行（单行输入框中为确认）", ko: "줄 바꿈(한 줄 입력란에서는 확인)", es: "Nueva línea (en un campo de una línea: confirmar)")),
    ])
}
