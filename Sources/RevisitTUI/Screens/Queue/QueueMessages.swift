import RevisitCore

public struct QueueMessages: MessageGroup {
    public let title = Msg(en: "Call queue", zh: "回访队列", ko: "콜 대기열", es: "Cola de llamadas")
    public let searchLabel = Msg(en: "Search:", zh: "搜索：", ko: "검색:", es: "Buscar:")
    public let kindLabel = Msg(en: "Kind: %@", zh: "类型：%@", ko: "유형: %@", es: "Tipo: %@")
    public let allKinds = Msg(en: "all", zh: "全部", ko: "전체", es: "todos")
    public let counts = Msg(en: "%1$@ due, %2$@ overdue", zh: "待办 %1$@，逾期 %2$@", ko: "예정 %1$@, 기한 초과 %2$@", es: "%1$@ pendientes, %2$@ vencidas")
    /// The totals where `counts` does not fit (a narrow terminal).
    public let countsShort = Msg(en: "%1$@ due, %2$@ OVD", zh: "待办 %1$@，逾期 %2$@", ko: "예정 %1$@, 초과 %2$@", es: "%1$@ pend., %2$@ venc.")
    public let shown = Msg(en: "%1$@ of %2$@ shown", zh: "显示 %2$@ 条中的 %1$@ 条", ko: "%2$@건 중 %1$@건 표시", es: "mostrando %1$@ de %2$@")
    public let empty = Msg(en: "Nothing to call right now", zh: "现在没有要打的电话", ko: "현재 걸어야 할 전화가 없습니다", es: "No hay llamadas por hacer ahora")
    public let noMatch = Msg(en: "No task matches", zh: "没有匹配的任务", ko: "일치하는 업무가 없습니다", es: "Ninguna tarea coincide")
    public let overdueMark = Msg(en: "OVD", zh: "逾期", ko: "초과", es: "VDO")
    public let columnDue = Msg(en: "Due", zh: "应办", ko: "예정", es: "Vence")
    public let columnKind = Msg(en: "Kind", zh: "类型", ko: "유형", es: "Tipo")
    public let columnCustomer = Msg(en: "Customer", zh: "客户", ko: "고객", es: "Cliente")
    public let columnPlate = Msg(en: "Plate", zh: "车牌", ko: "차량 번호", es: "Matrícula")
    public let columnModel = Msg(en: "Model", zh: "车型", ko: "차종", es: "Modelo")
    public let columnLast = Msg(en: "Last call", zh: "上次通话", ko: "최근 통화", es: "Últ. llam.")
    public let columnTries = Msg(en: "Try", zh: "次数", ko: "횟수", es: "Nº")
    public let columnTaken = Msg(en: "Taken", zh: "处理人", ko: "담당자", es: "Agente")
    public let satisfaction = Msg(en: "satisfaction", zh: "满意度回访", ko: "해피콜", es: "satisfacción")
    public let secondFollowup = Msg(en: "2nd follow-up", zh: "二次回访", ko: "2차 해피콜", es: "2º seguimiento")
    public let newCar = Msg(en: "new car", zh: "新车回访", ko: "신차 관리", es: "vehículo nuevo")
    public let maintenance = Msg(en: "maintenance", zh: "保养提醒", ko: "정비 안내", es: "aviso de revisión")
    public let winBack = Msg(en: "win-back", zh: "流失召回", ko: "재방문 유도", es: "recuperación")
    public let complaintRecall = Msg(en: "complaint recall", zh: "投诉回访", ko: "불만 사후 관리", es: "seguimiento de queja")
    public let secondFollowupShort = Msg(en: "2nd followup", zh: "二次回访", ko: "2차 해피콜", es: "2º seguim.")
    public let complaintRecallShort = Msg(en: "complaint", zh: "投诉回访", ko: "불만 관리", es: "queja")
    public let newCarShort = Msg(en: "new car", zh: "新车回访", ko: "신차 관리", es: "vehíc. nuevo")
    public let maintenanceShort = Msg(en: "maintenance", zh: "保养提醒", ko: "정비 안내", es: "revisión")
    public let winBackShort = Msg(en: "win-back", zh: "流失召回", ko: "재방문유도", es: "recuperación")
    public let hint = Msg(en: "%1$@ take the call   %2$@ search   %3$@ kind", zh: "%1$@ 接听   %2$@ 搜索   %3$@ 类型", ko: "%1$@ 통화 시작   %2$@ 검색   %3$@ 유형", es: "%1$@ tomar la llamada   %2$@ buscar   %3$@ tipo")

    /// Kind names that fit the queue's kind column (12 cells in English, 10 in Chinese and
    /// Korean, 12 in Spanish); the filter and the call screen keep the full names.
    public func shortName(of kind: TaskKind) -> Msg {
        switch kind {
        case .satisfaction: satisfaction
        case .secondFollowup: secondFollowupShort
        case .newCar: newCarShort
        case .maintenance: maintenanceShort
        case .winBack: winBackShort
        case .complaintRecall: complaintRecallShort
        }
    }

    public func name(of kind: TaskKind) -> Msg {
        switch kind {
        case .satisfaction: satisfaction
        case .secondFollowup: secondFollowup
        case .newCar: newCar
        case .maintenance: maintenance
        case .winBack: winBack
        case .complaintRecall: complaintRecall
        }
    }
}

extension MessageCatalog {
    public static let queue = QueueMessages()
}

extension Action {
    public static let goQueue: Action = "go-queue"
    public static let nextKind: Action = "next-kind"
}

extension ActionDescriptions {
    public static let queue = ActionDescriptions([
        (.goQueue, Msg(en: "Call queue: the calls to make", zh: "回访队列：要打的电话", ko: "콜 대기열: 걸어야 할 전화", es: "Cola de llamadas: las llamadas por hacer")),
        (.nextKind, Msg(en: "Show the next kind of task (or all)", zh: "切换任务类型（或全部）", ko: "다음 업무 유형 표시(또는 전체)", es: "Mostrar el siguiente tipo de tarea (o todos)")),
    ])
}
