import RevisitCore

public struct QueueMessages: MessageGroup {
    public let title = Msg(en: "Call queue", zh: "回访队列")
    public let searchLabel = Msg(en: "Search:", zh: "搜索：")
    public let kindLabel = Msg(en: "Kind: %@", zh: "类型：%@")
    public let allKinds = Msg(en: "all", zh: "全部")
    public let counts = Msg(en: "%1$@ due, %2$@ overdue", zh: "待办 %1$@，逾期 %2$@")
    public let shown = Msg(en: "%1$@ of %2$@ shown", zh: "显示 %2$@ 条中的 %1$@ 条")
    public let empty = Msg(en: "Nothing to call right now", zh: "现在没有要打的电话")
    public let noMatch = Msg(en: "No task matches", zh: "没有匹配的任务")
    public let overdueMark = Msg(en: "OVD", zh: "逾期")
    public let columnDue = Msg(en: "Due", zh: "应办")
    public let columnKind = Msg(en: "Kind", zh: "类型")
    public let columnCustomer = Msg(en: "Customer", zh: "客户")
    public let columnPlate = Msg(en: "Plate", zh: "车牌")
    public let columnModel = Msg(en: "Model", zh: "车型")
    public let columnLast = Msg(en: "Last call", zh: "上次通话")
    public let columnTries = Msg(en: "Try", zh: "次数")
    public let columnTaken = Msg(en: "Taken", zh: "处理人")
    public let satisfaction = Msg(en: "satisfaction", zh: "满意度回访")
    public let secondFollowup = Msg(en: "2nd follow-up", zh: "二次回访")
    public let newCar = Msg(en: "new car", zh: "新车回访")
    public let maintenance = Msg(en: "maintenance", zh: "保养提醒")
    public let winBack = Msg(en: "win-back", zh: "流失召回")
    public let complaintRecall = Msg(en: "complaint recall", zh: "投诉回访")
    public let secondFollowupShort = Msg(en: "2nd followup", zh: "二次回访")
    public let complaintRecallShort = Msg(en: "complaint", zh: "投诉回访")
    public let hint = Msg(en: "%1$@ take the call   %2$@ search   %3$@ kind", zh: "%1$@ 接听   %2$@ 搜索   %3$@ 类型")

    /// Kind names that fit the queue's kind column (12 cells in English, 10 in Chinese); the
    /// filter and the call screen keep the full names.
    public func shortName(of kind: TaskKind) -> Msg {
        switch kind {
        case .secondFollowup: secondFollowupShort
        case .complaintRecall: complaintRecallShort
        default: name(of: kind)
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
        (.goQueue, Msg(en: "Call queue: the calls to make", zh: "回访队列：要打的电话")),
        (.nextKind, Msg(en: "Show the next kind of task (or all)", zh: "切换任务类型（或全部）")),
    ])
}
