import RevisitCore

/// Everything the complaint screens say: the quick-handling form, the supervisor's queue,
/// the complaint card and the customer card's complaints section.
public struct ComplaintMessages: MessageGroup {
    public let queueTitle = Msg(en: "Complaints", zh: "投诉处理")
    public let cardTitle = Msg(en: "Complaint %@", zh: "投诉 %@")
    public let formTitle = Msg(en: "Quick-handling form", zh: "快速处理表")
    public let counts = Msg(en: "%1$@ open · crisis %2$@ · escalated %3$@ · overdue %4$@ · no contact %5$@",
                            zh: "未结 %1$@ · 危机 %2$@ · 升级 %3$@ · 超期 %4$@ · 未联系 %5$@")
    public let queueEmpty = Msg(en: "No open complaint", zh: "没有未结的投诉")
    public let queueKeys = Msg(en: "%1$@ card  %2$@ assign  %3$@ deadline  %4$@ status  %5$@ close  %6$@ note",
                               zh: "%1$@ 详情  %2$@ 指派  %3$@ 期限  %4$@ 状态  %5$@ 关闭  %6$@ 备注")
    public let cardKeys = Msg(en: "%1$@ assign  %2$@ deadline  %3$@ status  %4$@ close  %5$@ note  %6$@ back",
                              zh: "%1$@ 指派  %2$@ 期限  %3$@ 状态  %4$@ 关闭  %5$@ 备注  %6$@ 返回")
    public let promptKeys = Msg(en: "%1$@ save   %2$@ cancel   %3$@ next field",
                                zh: "%1$@ 保存   %2$@ 取消   %3$@ 下一项")
    public let formKeys = Msg(en: "%1$@ save   %2$@ next field   %3$@ change a choice   %4$@ cancel",
                              zh: "%1$@ 保存   %2$@ 下一项   %3$@ 切换选项   %4$@ 取消")

    public let columnAge = Msg(en: "Age", zh: "时长")
    public let columnID = Msg(en: "ID", zh: "编号")
    public let columnCategory = Msg(en: "Category", zh: "类别")
    public let columnCustomer = Msg(en: "Customer", zh: "客户")
    public let columnOwner = Msg(en: "Owner", zh: "受理人")
    public let columnResponsible = Msg(en: "Assignee", zh: "责任人")
    public let columnDeadline = Msg(en: "Due", zh: "期限")
    public let columnStatus = Msg(en: "Status", zh: "状态")
    public let columnFlags = Msg(en: "Flags", zh: "标记")

    public let flagCrisis = Msg(en: "CRISIS", zh: "危机")
    public let flagEscalated = Msg(en: "ESC", zh: "升级")
    public let flagOverdue = Msg(en: "OVD", zh: "超期")
    public let flagNoContact = Msg(en: "1H", zh: "未联")
    public let minutesShort = Msg(en: "%@m", zh: "%@分")
    public let hoursShort = Msg(en: "%@h", zh: "%@时")
    public let daysShort = Msg(en: "%@d", zh: "%@天")

    public let labelCustomer = Msg(en: "Customer", zh: "客户")
    public let labelCustomerKey = Msg(en: "Customer (id/phone/plate)", zh: "客户（编号/电话/车牌）")
    public let labelVehicle = Msg(en: "Vehicle", zh: "车辆")
    public let labelCall = Msg(en: "Call", zh: "来源通话")
    public let labelChannel = Msg(en: "Channel", zh: "渠道")
    public let labelWords = Msg(en: "Customer's words", zh: "客户原话")
    public let labelCategory = Msg(en: "Category", zh: "类别")
    public let labelCrisis = Msg(en: "Crisis", zh: "危机")
    public let labelDepartment = Msg(en: "Department", zh: "责任部门")
    public let labelResponsible = Msg(en: "Responsible", zh: "责任人")
    public let labelDeadline = Msg(en: "Deadline", zh: "解决期限")
    public let labelDeadlineInput = Msg(en: "Deadline (YYYY-MM-DD)", zh: "解决期限（年-月-日）")
    public let labelNote = Msg(en: "Note", zh: "备注")
    public let labelReason = Msg(en: "Reason", zh: "原因")
    public let labelSummary = Msg(en: "Summary for improvement", zh: "改进总结")
    public let labelStatus = Msg(en: "New status", zh: "新状态")
    public let labelAssignTo = Msg(en: "Responsible person", zh: "责任人")
    public let labelOwner = Msg(en: "Owner", zh: "受理人")
    public let labelReceived = Msg(en: "Received", zh: "受理时间")
    public let labelFirstContact = Msg(en: "First contact", zh: "首次联系")
    public let labelReopened = Msg(en: "Reopened", zh: "重开次数")
    public let labelResolution = Msg(en: "Resolution", zh: "处理结果")
    public let labelHistory = Msg(en: "History", zh: "处理记录")
    public let labelSignedBy = Msg(en: "%1$@, signed by %2$@", zh: "%1$@，%2$@ 签认")
    public let nobody = Msg(en: "(nobody)", zh: "（未指定）")
    /// A department not chosen.
    public let noDepartment = Msg(en: "(not set)", zh: "（未指定）")
    public let noneYet = Msg(en: "(none yet)", zh: "（暂无）")
    public let noVehicle = Msg(en: "(no vehicle)", zh: "（不涉及车辆）")

    public let promptAssign = Msg(en: "Assign %@", zh: "指派 %@")
    public let promptDeadline = Msg(en: "Sign a deadline for %@", zh: "为 %@ 签认期限")
    public let promptStatus = Msg(en: "Change the status of %@", zh: "更改 %@ 的状态")
    public let promptClose = Msg(en: "Close %@", zh: "关闭 %@")
    public let promptNote = Msg(en: "Add a note to %@", zh: "为 %@ 添加备注")
    public let promptContacted = Msg(en: "Record a contact with the customer of %@", zh: "记录 %@ 已联系客户")
    public let noNextStatus = Msg(en: "%@ is closed; only a supervisor may reopen it", zh: "%@ 已关闭，只有主管可以重新打开")
    public let saved = Msg(en: "%@ saved", zh: "%@ 已保存")
    public let opened = Msg(en: "Complaint %@ opened; you own it", zh: "投诉 %@ 已受理，由您负责跟进")
    public let gone = Msg(en: "This complaint is no longer in the store", zh: "该投诉已不在数据中")
    public let customerSection = Msg(en: "Complaints", zh: "投诉")

    public let changeOpened = Msg(en: "opened", zh: "受理")
    public let changeStatus = Msg(en: "status %1$@ → %2$@", zh: "状态 %1$@ → %2$@")
    public let changeContacted = Msg(en: "contacted the customer", zh: "已联系客户")
    public let changeCategory = Msg(en: "category %@", zh: "类别 %@")
    public let changeCrisis = Msg(en: "crisis %@", zh: "危机 %@")
    public let changeDepartment = Msg(en: "department %@", zh: "责任部门 %@")
    public let changeResponsible = Msg(en: "responsible %@", zh: "责任人 %@")
    public let changeOwner = Msg(en: "owner %@", zh: "受理人 %@")
    public let changeDeadline = Msg(en: "deadline %1$@ signed by %2$@", zh: "期限 %1$@，%2$@ 签认")
    public let changeResolution = Msg(en: "resolution: %@", zh: "处理结果：%@")
    public let changeRecallSatisfied = Msg(en: "recall %@: satisfied", zh: "二次回访 %@：满意")
    public let changeRecallNotSatisfied = Msg(en: "recall %@: not satisfied", zh: "二次回访 %@：不满意")
    public let changeSummary = Msg(en: "summary: %@", zh: "改进总结：%@")
    public let noteLine = Msg(en: "note: %@", zh: "备注：%@")
    /// Between the changes of one history entry.
    public let changesSeparator = Msg(en: "; ", zh: "；")
}

/// Names of the complaint fields' fixed values.
public struct ComplaintNames: MessageGroup {
    public let followUpCall = Msg(en: "follow-up call", zh: "回访电话")
    public let inboundCall = Msg(en: "inbound call", zh: "客户来电")
    public let walkIn = Msg(en: "walk-in", zh: "到店")
    public let letter = Msg(en: "letter", zh: "来信")
    public let online = Msg(en: "online", zh: "网络")

    public let serviceQuality = Msg(en: "service quality", zh: "服务质量")
    public let partsQuality = Msg(en: "parts quality", zh: "配件质量")
    public let warrantyClaim = Msg(en: "warranty claim", zh: "索赔")
    public let repairQuality = Msg(en: "repair quality", zh: "维修质量")
    public let vehicleQuality = Msg(en: "vehicle quality", zh: "车辆质量")
    public let technicalProblem = Msg(en: "technical problem", zh: "技术问题")
    public let booking = Msg(en: "booking", zh: "预约")
    public let reception = Msg(en: "reception", zh: "接待")
    public let otherCategory = Msg(en: "other", zh: "其他")

    public let noCrisis = Msg(en: "none", zh: "无")
    public let safety = Msg(en: "safety", zh: "安全")
    public let largeSum = Msg(en: "large sum", zh: "大额索赔")
    public let media = Msg(en: "media", zh: "媒体")
    public let lawyer = Msg(en: "lawyer", zh: "律师")
    public let police = Msg(en: "police", zh: "警方")
    public let consumerAssociation = Msg(en: "consumer association", zh: "消费者协会")
    public let government = Msg(en: "government", zh: "政府部门")
    public let otherRisk = Msg(en: "other risk", zh: "其他风险")

    public let serviceShort = Msg(en: "service", zh: "服务质量")
    public let partsShort = Msg(en: "parts", zh: "配件质量")
    public let warrantyShort = Msg(en: "warranty", zh: "索赔")
    public let repairShort = Msg(en: "repair", zh: "维修质量")
    public let vehicleShort = Msg(en: "vehicle", zh: "车辆质量")
    public let technicalShort = Msg(en: "technical", zh: "技术问题")
    public let inProgressShort = Msg(en: "working", zh: "处理中")

    public let open = Msg(en: "open", zh: "待处理")
    public let inProgress = Msg(en: "in progress", zh: "处理中")
    public let waiting = Msg(en: "waiting", zh: "等待中")
    public let resolved = Msg(en: "resolved", zh: "已解决")
    public let closed = Msg(en: "closed", zh: "已关闭")

    public func name(of c: ComplaintChannel) -> Msg {
        switch c {
        case .followUpCall: followUpCall
        case .inboundCall: inboundCall
        case .walkIn: walkIn
        case .letter: letter
        case .online: online
        }
    }

    public func name(of c: ComplaintCategory) -> Msg {
        switch c {
        case .serviceQuality: serviceQuality
        case .partsQuality: partsQuality
        case .warrantyClaim: warrantyClaim
        case .repairQuality: repairQuality
        case .vehicleQuality: vehicleQuality
        case .technicalProblem: technicalProblem
        case .booking: booking
        case .reception: reception
        case .other: otherCategory
        }
    }

    public func name(of c: ComplaintCrisis) -> Msg {
        switch c {
        case .none: noCrisis
        case .safety: safety
        case .largeSum: largeSum
        case .media: media
        case .lawyer: lawyer
        case .police: police
        case .consumerAssociation: consumerAssociation
        case .government: government
        case .otherRisk: otherRisk
        }
    }

    /// Category names that fit a table column (at most 9 cells).
    public func shortName(of c: ComplaintCategory) -> Msg {
        switch c {
        case .serviceQuality: serviceShort
        case .partsQuality: partsShort
        case .warrantyClaim: warrantyShort
        case .repairQuality: repairShort
        case .vehicleQuality: vehicleShort
        case .technicalProblem: technicalShort
        default: name(of: c)
        }
    }

    /// Status names that fit a table column (at most 8 cells).
    public func shortName(of s: ComplaintStatus) -> Msg { s == .inProgress ? inProgressShort : name(of: s) }

    public func name(of s: ComplaintStatus) -> Msg {
        switch s {
        case .open: open
        case .inProgress: inProgress
        case .waiting: waiting
        case .resolved: resolved
        case .closed: closed
        }
    }
}

extension MessageCatalog {
    public static let complaints = ComplaintMessages()
    public static let complaintNames = ComplaintNames()
}

extension Action {
    public static let goComplaints: Action = "go-complaints"
    public static let newComplaint: Action = "new-complaint"
    public static let complaintAssign: Action = "complaint-assign"
    public static let complaintDeadline: Action = "complaint-deadline"
    public static let complaintStatus: Action = "complaint-status"
    public static let complaintClose: Action = "complaint-close"
    public static let complaintNote: Action = "complaint-note"
    public static let complaintContacted: Action = "complaint-contacted"
    public static let nextChoice: Action = "next-choice"
    public static let previousChoice: Action = "previous-choice"
    public static let saveComplaint: Action = "save-complaint"
}

extension ActionDescriptions {
    public static let complaints = ActionDescriptions([
        (.goComplaints, Msg(en: "Complaints: the supervisor's queue", zh: "投诉处理：主管队列")),
        (.newComplaint, Msg(en: "Open a complaint (the quick-handling form)", zh: "受理投诉（快速处理表）")),
        (.complaintAssign, Msg(en: "Assign the responsible person", zh: "指派责任人")),
        (.complaintDeadline, Msg(en: "Sign a deadline", zh: "签认解决期限")),
        (.complaintStatus, Msg(en: "Change the status, with a note", zh: "更改状态并备注")),
        (.complaintClose, Msg(en: "Close the complaint", zh: "关闭投诉")),
        (.complaintNote, Msg(en: "Add a note", zh: "添加备注")),
        (.complaintContacted, Msg(en: "Record a contact with the customer", zh: "记录已联系客户")),
        (.nextChoice, Msg(en: "Next choice", zh: "下一个选项")),
        (.previousChoice, Msg(en: "Previous choice", zh: "上一个选项")),
        (.saveComplaint, Msg(en: "Save the complaint", zh: "保存投诉")),
    ])
}
