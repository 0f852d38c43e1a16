/// The names of keymap contexts, as help shows them.
public struct ContextMessages: MessageGroup {
    public let global = Msg(en: "Everywhere", zh: "通用", ko: "공통", es: "General")
    public let list = Msg(en: "Customer list", zh: "客户列表", ko: "고객 목록", es: "Lista de clientes")
    public let card = Msg(en: "Customer card", zh: "客户卡片", ko: "고객 카드", es: "Ficha del cliente")
    public let queue = Msg(en: "Call queue", zh: "回访队列", ko: "콜 대기열", es: "Cola de llamadas")
    public let call = Msg(en: "Call", zh: "通话", ko: "통화", es: "Llamada")
    public let complaintForm = Msg(en: "Complaint form", zh: "投诉表单", ko: "불만 접수 양식", es: "Formulario de queja")
    public let complaints = Msg(en: "Complaints", zh: "投诉处理", ko: "불만 처리", es: "Quejas")
    public let reports = Msg(en: "Reports", zh: "报表", ko: "보고서", es: "Informes")
    public let help = Msg(en: "Help", zh: "帮助", ko: "도움말", es: "Ayuda")
    public let text = Msg(en: "Text editing", zh: "文字编辑", ko: "텍스트 편집", es: "Edición de texto")
    public let confirm = Msg(en: "Confirmation", zh: "确认", ko: "확인", es: "Confirmación")

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
