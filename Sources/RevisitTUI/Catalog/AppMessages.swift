/// The frame around every screen: title bar, status line, dialogs, help.
public struct AppMessages: MessageGroup {
    public let appName = Msg(en: "Revisit", zh: "回访", ko: "Revisit", es: "Revisit")
    public let quitWithUnsaved = Msg(en: "Unsaved input will be lost. Quit anyway?", zh: "有未保存的输入，仍要退出吗？", ko: "저장하지 않은 입력은 사라집니다. 그래도 종료할까요?", es: "Se perderán los datos no guardados. ¿Salir de todos modos?")
    public let discardUnsaved = Msg(en: "Unsaved input will be lost. Leave this screen?", zh: "有未保存的输入，仍要离开此页面吗？", ko: "저장하지 않은 입력은 사라집니다. 이 화면을 나갈까요?", es: "Se perderán los datos no guardados. ¿Abandonar esta pantalla?")
    public let confirmKeys = Msg(en: "%1$@ yes   %2$@ no", zh: "%1$@ 是   %2$@ 否", ko: "%1$@ 예   %2$@ 아니요", es: "%1$@ sí   %2$@ no")
    public let statusHint = Msg(en: "%1$@ help   %2$@ quit", zh: "%1$@ 帮助   %2$@ 退出", ko: "%1$@ 도움말   %2$@ 종료", es: "%1$@ ayuda   %2$@ salir")
    public let terminalTooSmall = Msg(en: "Terminal too small", zh: "终端窗口太小", ko: "터미널 창이 너무 작습니다", es: "Ventana demasiado pequeña")
    public let helpTitle = Msg(en: "Keys: %@", zh: "按键：%@", ko: "단축키: %@", es: "Teclas: %@")
    public let helpFooter = Msg(en: "%@ closes this help", zh: "按 %@ 关闭帮助", ko: "%@ 도움말 닫기", es: "%@ cierra esta ayuda")
    /// The footer while lines lie below the last one shown.
    public let helpFooterMore = Msg(en: "%1$@ more   %2$@ closes this help", zh: "%1$@ 查看更多   按 %2$@ 关闭帮助", ko: "%1$@ 더 보기   %2$@ 도움말 닫기", es: "%1$@ más   %2$@ cierra esta ayuda")
    public let helpScreens = Msg(en: "Screens", zh: "页面", ko: "화면", es: "Pantallas")
    public let unbound = Msg(en: "(not bound)", zh: "（未绑定）", ko: "(미지정)", es: "(sin asignar)")
    /// "Label: value", with the colon each language writes.
    public let labelled = Msg(en: "%@: %@", zh: "%@：%@", ko: "%@: %@", es: "%@: %@")
    /// Between the items of a list in running text, with the comma each language writes.
    public let listSeparator = Msg(en: ", ", zh: "，", ko: ", ", es: ", ")
    /// Before the screen opens, while the store is read (see `OpeningNotice`).
    public let opening = Msg(en: "Revisit: opening %@…", zh: "回访：正在打开 %@…", ko: "Revisit: %@ 여는 중…", es: "Revisit: abriendo %@…")
    /// No state cache, or one this version cannot use: seconds on a large store.
    public let openingWholeJournal = Msg(en: "Revisit: opening %@, reading its whole journal…", zh: "回访：正在打开 %@，读取全部日志…", ko: "Revisit: %@ 여는 중, 저널 전체를 읽는 중…", es: "Revisit: abriendo %@, leyendo todo su diario…")
    /// The store opened without records its journal could not give (`RevisitStore.leftOut`).
    public let leftOut = Msg(en: "%d unreadable journal record(s) are missing here; see `revisit check`",
                             zh: "日志中有 %d 条记录无法读取，此处缺少其内容；运行 revisit check 查看",
                             ko: "저널 레코드 %d건을 읽을 수 없어 여기에 빠져 있습니다. `revisit check`로 확인하세요",
                             es: "Faltan aquí %d registro(s) ilegible(s) del diario; consulte `revisit check`")
    /// On a card's key row, while it does not fit: the lines below those in sight, or above.
    public let linesBelow = Msg(en: "↓ %d more below", zh: "↓ 下方还有 %d 行", ko: "↓ 아래에 %d줄 더", es: "↓ %d más abajo")
    public let linesAbove = Msg(en: "↑ %d more above", zh: "↑ 上方还有 %d 行", ko: "↑ 위에 %d줄 더", es: "↑ %d más arriba")
    public let textLimitReached = Msg(en: "Text limit reached (%d characters)", zh: "已达字数上限（%d 字）", ko: "최대 글자 수에 도달했습니다(%d자)", es: "Límite de texto alcanzado (%d caracteres)")
}

extension MessageCatalog {
    public static let app = AppMessages()
}
