/// The demo screen (`runDemo()`), a playground for the widgets.
public struct DemoMessages: MessageGroup {
    public let title = Msg(en: "Widget demo", zh: "组件演示")
    public let nameColumn = Msg(en: "Name", zh: "姓名")
    public let cityColumn = Msg(en: "City", zh: "城市")
    public let phoneColumn = Msg(en: "Phone", zh: "电话")
    public let dueColumn = Msg(en: "Due", zh: "到期")
    public let noteLabel = Msg(en: "Note:", zh: "备注：")
    public let selected = Msg(en: "Selected: %@", zh: "已选择：%@")
    public let noteSaved = Msg(en: "Note kept: %@", zh: "备注已记下：%@")
    public let refreshed = Msg(en: "refreshed %d times", zh: "已刷新 %d 次")
    public let keymapsNotFound = Msg(en: "Cannot find the keymaps directory (set REVISIT_KEYMAPS)",
                                     zh: "找不到按键映射目录（请设置 REVISIT_KEYMAPS）")
}

extension MessageCatalog {
    public static let demo = DemoMessages()
}
