/// The demo screen (`runDemo()`), a playground for the widgets.
public struct DemoMessages: MessageGroup {
    public let title = Msg(en: "Widget demo", zh: "组件演示", ko: "위젯 데모", es: "Demo de widgets")
    public let nameColumn = Msg(en: "Name", zh: "姓名", ko: "이름", es: "Nombre")
    public let cityColumn = Msg(en: "City", zh: "城市", ko: "도시", es: "Ciudad")
    public let phoneColumn = Msg(en: "Phone", zh: "电话", ko: "전화", es: "Teléfono")
    public let dueColumn = Msg(en: "Due", zh: "到期", ko: "예정", es: "Vence")
    public let noteLabel = Msg(en: "Note:", zh: "备注：", ko: "메모:", es: "Nota:")
    public let selected = Msg(en: "Selected: %@", zh: "已选择：%@", ko: "선택됨: %@", es: "Seleccionado: %@")
    public let noteSaved = Msg(en: "Note kept: %@", zh: "备注已记下：%@", ko: "메모 기록됨: %@", es: "Nota registrada: %@")
    public let refreshed = Msg(en: "refreshed %d times", zh: "已刷新 %d 次", ko: "%d회 새로 고침", es: "actualizado %d veces")
    public let keymapsNotFound = Msg(en: "Cannot find the keymaps directory (set REVISIT_KEYMAPS)",
                                     zh: "找不到按键映射目录（请设置 REVISIT_KEYMAPS）",
                                     ko: "키맵 디렉터리를 찾을 수 없습니다(REVISIT_KEYMAPS를 설정하세요)",
                                     es: "No se encuentra el directorio de mapas de teclas (defina REVISIT_KEYMAPS)")
}

extension MessageCatalog {
    public static let demo = DemoMessages()
}
