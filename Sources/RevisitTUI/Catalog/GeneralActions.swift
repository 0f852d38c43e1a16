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
        (.quit, Msg(en: "Quit Revisit", zh: "退出回访系统", ko: "Revisit 종료", es: "Salir de Revisit")),
        (.help, Msg(en: "Show the keys for this screen", zh: "显示本页面的按键", ko: "이 화면의 단축키 보기", es: "Mostrar las teclas de esta pantalla")),
        (.back, Msg(en: "Go back / cancel", zh: "返回 / 取消", ko: "뒤로 / 취소", es: "Volver / cancelar")),
        (.select, Msg(en: "Open the selected item", zh: "打开所选项", ko: "선택한 항목 열기", es: "Abrir el elemento seleccionado")),
        (.moveUp, Msg(en: "Move up", zh: "上移", ko: "위로 이동", es: "Subir")),
        (.moveDown, Msg(en: "Move down", zh: "下移", ko: "아래로 이동", es: "Bajar")),
        (.pageUp, Msg(en: "Page up", zh: "上一页", ko: "이전 페이지", es: "Página anterior")),
        (.pageDown, Msg(en: "Page down", zh: "下一页", ko: "다음 페이지", es: "Página siguiente")),
        (.first, Msg(en: "Go to the first item", zh: "到第一项", ko: "첫 항목으로 이동", es: "Ir al primer elemento")),
        (.last, Msg(en: "Go to the last item", zh: "到最后一项", ko: "마지막 항목으로 이동", es: "Ir al último elemento")),
        (.nextField, Msg(en: "Next field", zh: "下一个输入框", ko: "다음 입력란", es: "Campo siguiente")),
        (.previousField, Msg(en: "Previous field", zh: "上一个输入框", ko: "이전 입력란", es: "Campo anterior")),
        (.close, Msg(en: "Close", zh: "关闭", ko: "닫기", es: "Cerrar")),
        (.yes, Msg(en: "Yes", zh: "是", ko: "예", es: "Sí")),
        (.no, Msg(en: "No", zh: "否", ko: "아니요", es: "No")),
    ])
}
