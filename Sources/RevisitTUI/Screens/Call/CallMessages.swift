import RevisitCore

public struct CallMessages: MessageGroup {
    public let title = Msg(en: "Call %@", zh: "通话 %@")
    public let customer = Msg(en: "Customer", zh: "客户")
    public let vehicle = Msg(en: "Vehicle", zh: "车辆")
    public let visit = Msg(en: "Visit", zh: "到店")
    /// A complaint recall's third line, in place of the visit: the complaint and how it was resolved.
    public let complaint = Msg(en: "Complaint", zh: "投诉")
    public let resolved = Msg(en: "resolved: %@", zh: "处理：%@")
    public let due = Msg(en: "due %@", zh: "应办 %@")
    public let overdue = Msg(en: "OVERDUE", zh: "逾期")
    public let attempts = Msg(en: "%@ tries", zh: "已拨 %@ 次")
    public let surveyHeading = Msg(en: "Survey: 1-5 rates the question, 0 clears it", zh: "问卷：按 1-5 评分，按 0 清除")
    public let overall = Msg(en: "Overall rating", zh: "总体评分")
    public let notAsked = Msg(en: "-", zh: "未问")
    public let words = Msg(en: "Customer's words", zh: "客户原话")
    public let outcome = Msg(en: "Outcome", zh: "结果")
    public let callback = Msg(en: "Call back at", zh: "回拨时间")
    public let problem = Msg(en: "Problem", zh: "有问题")
    public let yes = Msg(en: "yes", zh: "是")
    public let no = Msg(en: "no", zh: "否")
    public let unknown = Msg(en: "not asked", zh: "未问")
    public let satisfied = Msg(en: "Satisfied", zh: "是否满意")
    public let cause = Msg(en: "Why they left", zh: "流失原因")
    public let nextService = Msg(en: "Next service", zh: "下次保养")
    public let doNotCall = Msg(en: "Do not call, why", zh: "请勿致电原因")
    public let reached = Msg(en: "reached", zh: "接通")
    public let noAnswer = Msg(en: "no answer", zh: "无人接听")
    public let busy = Msg(en: "busy", zh: "占线")
    public let callbackOutcome = Msg(en: "call back later", zh: "约定回拨")
    public let wrongNumber = Msg(en: "wrong number", zh: "号码错误")
    public let refused = Msg(en: "refused", zh: "拒绝")
    public let price = Msg(en: "price", zh: "价格")
    public let distance = Msg(en: "distance", zh: "距离")
    public let serviceQuality = Msg(en: "service quality", zh: "服务质量")
    public let movedAway = Msg(en: "moved away", zh: "搬迁")
    public let carSold = Msg(en: "car sold", zh: "车已卖")
    public let otherCause = Msg(en: "other", zh: "其他")
    public let hint = Msg(en: "%1$@ save   %2$@ next field   %3$@ change a choice   %4$@ cancel",
                          zh: "%1$@ 保存   %2$@ 下一项   %3$@ 切换选项   %4$@ 取消")
    public let saved = Msg(en: "Call %@ saved", zh: "通话 %@ 已保存")
    /// A resumed draft whose call cannot be taken again: the reason, then what was typed.
    public let draftNotResumed = Msg(en: "%1$@. What you had typed: %2$@", zh: "%1$@。您当时记录的内容：%2$@")
    public let offerForm = Msg(en: "The customer has a problem. Open the quick-handling form?", zh: "客户反映了问题。打开快速处理表？")
    public let openTasks = Msg(en: "Open tasks", zh: "待办回访")
    public let calls = Msg(en: "Calls", zh: "通话记录")
    public let overallShort = Msg(en: "overall %@", zh: "总评 %@")

    public func name(of outcome: CallOutcome) -> Msg {
        switch outcome {
        case .reached: reached
        case .noAnswer: noAnswer
        case .busy: busy
        case .callback: callbackOutcome
        case .wrongNumber: wrongNumber
        case .refused: refused
        }
    }

    public func name(of cause: WinBackCause) -> Msg {
        switch cause {
        case .price: price
        case .distance: distance
        case .serviceQuality: serviceQuality
        case .movedAway: movedAway
        case .carSold: carSold
        case .other: otherCause
        }
    }
}

extension MessageCatalog {
    public static let call = CallMessages()
}

extension Action {
    public static let saveCall: Action = "save-call"
}

extension ActionDescriptions {
    public static let call = ActionDescriptions([
        (.saveCall, Msg(en: "Save the call", zh: "保存通话")),
    ])
}
