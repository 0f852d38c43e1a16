/// The names of keymap contexts, as help shows them.
public struct ContextMessages: MessageGroup {
    public let global = Msg(en: "Everywhere", zh: "通用")
    public let list = Msg(en: "Customer list", zh: "客户列表")
    public let card = Msg(en: "Customer card", zh: "客户卡片")
    public let queue = Msg(en: "Call queue", zh: "回访队列")
    public let call = Msg(en: "Call", zh: "通话")
    public let complaintForm = Msg(en: "Complaint form", zh: "投诉表单")
    public let complaints = Msg(en: "Complaints", zh: "投诉处理")
    public let reports = Msg(en: "Reports", zh: "报表")
    public let help = Msg(en: "Help", zh: "帮助")
    public let text = Msg(en: "Text editing", zh: "文字编辑")
    public let confirm = Msg(en: "Confirmation", zh: "确认")

    func name(of context: KeyContext) -> Msg {
        switch context {
        case .global: return global
        case .list: return list
        case .card: return card
        case .queue: return queue
        case .call: return call
        case .complaintForm: return complaintForm
        case .complaints: return complaints
        case .reports: return reports
        case .help: return help
        case .text: return text
        case .confirm: return confirm
        }
    }
}

extension MessageCatalog {
    public static let contexts = ContextMessages()
}
