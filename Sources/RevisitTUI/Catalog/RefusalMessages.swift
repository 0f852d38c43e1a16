import RevisitCore

/// A refused save as the screens say it: the refusals a rep or supervisor meets in a day's
/// work (`CommandReason`) in the screen's language, shorter than the command line's sentence;
/// any other in the command's own words.
public struct RefusalMessages: MessageGroup {
    public let claimedByOther = Msg(en: "%1$@ is taken by %2$@ until %3$@", zh: "%1$@ 已由 %2$@ 接手，至 %3$@")
    public let taskForOther = Msg(en: "%1$@ is %2$@'s call; only they or a supervisor may make it",
                                  zh: "%1$@ 由 %2$@ 负责；只有本人或主管可以拨打")
    public let taskNotOpen = Msg(en: "%@ is no longer open", zh: "%@ 已不在待办中")
    public let taskGone = Msg(en: "%@ is no longer on the queue", zh: "%@ 已不在队列中")
    public let customerDoNotCall = Msg(en: "%1$@ is marked do-not-call (%2$@)", zh: "%1$@ 已标记为请勿致电（%2$@）")
    public let customerNoPhone = Msg(en: "%@ has no phone left that is not marked wrong",
                                     zh: "%@ 没有可拨打的电话：号码都已标记为错误")
    public let callbackNotInFuture = Msg(en: "Call back at %1$@: that is not later than now (%2$@)",
                                         zh: "回拨时间 %1$@ 不晚于现在（%2$@）")
    public let callbackWithoutCallbackOutcome = Msg(en: "A call-back time goes with the outcome “%1$@”, not “%2$@”",
                                                    zh: "回拨时间只能配合“%1$@”填写，本次结果为“%2$@”")
    public let onlyWhenReached = Msg(en: "Ratings, satisfaction, cause and dates are kept only for a call that reached the customer, not %@",
                                     zh: "评分、满意与否、原因和日期只记在接通的通话上，本次结果为“%@”")
    public let problemNeedsTalk = Msg(en: "A problem is noted only when the customer was reached or refused, not %@",
                                      zh: "只有接通或客户拒绝时才能标记问题，本次结果为“%@”")
    public let doNotCallNeedsTalk = Msg(en: "Do-not-call is noted only when the customer was reached or refused, not %@",
                                        zh: "只有接通或客户拒绝时才能标记请勿致电，本次结果为“%@”")
    public let recallNeedsSatisfied = Msg(en: "Say whether the customer is satisfied", zh: "请选择客户是否满意")
    public let noCustomerMatches = Msg(en: "No customer matches “%@”: give a customer id, phone or plate",
                                       zh: "没有与“%@”匹配的客户：请填写客户编号、电话或车牌")
    public let wordsEmpty = Msg(en: "The customer's words are empty; record what the customer said",
                                zh: "客户原话为空；请记录客户所说的话")
    public let deadlineBeforeReceipt = Msg(en: "Deadline %1$@ is before today (%2$@)", zh: "期限 %1$@ 早于今天（%2$@）")
    public let deadlineInPast = Msg(en: "Deadline %1$@ is in the past (today is %2$@)", zh: "期限 %1$@ 已过（今天是 %2$@）")
    public let changedSinceRead = Msg(en: "%1$@ was changed by %2$@ at %3$@ since you opened it; look again",
                                      zh: "%1$@ 已被 %2$@ 于 %3$@ 修改；请重新查看")
    public let complaintClosed = Msg(en: "%@ is closed: only a note, or a supervisor's reopen, may change it",
                                     zh: "%@ 已关闭：只能添加备注，或由主管重新打开")
    public let onlyOwnerOrSupervisor = Msg(en: "Only the owner (%1$@) or a supervisor may change %2$@",
                                           zh: "只有受理人（%1$@）或主管可以修改 %2$@")
    public let onlySupervisorReassigns = Msg(en: "Only a supervisor may reassign %@", zh: "只有主管可以改派 %@")
    public let onlySupervisorReopens = Msg(en: "Only a supervisor may reopen %@", zh: "只有主管可以重新打开 %@")
    public let onlySupervisorClosesUnsatisfied = Msg(en: "Only a supervisor may close %@ without a satisfied recall",
                                                     zh: "没有满意的回访时，只有主管可以关闭 %@")
    public let onlySupervisorMovesDeadline = Msg(en: "Only a supervisor may change the deadline of %1$@ (%2$@, signed by %3$@)",
                                                 zh: "只有主管可以修改 %1$@ 的期限（%2$@，%3$@ 签认）")
    public let deadlineChangeNeedsReason = Msg(en: "Changing the signed deadline of %@ needs a reason",
                                               zh: "修改 %@ 已签认的期限，需写明原因")
    public let resolutionEmpty = Msg(en: "The resolution of %@ is empty", zh: "%@ 的处理结果为空")
    public let nothingToChange = Msg(en: "Nothing to save for %@: write a note or choose a change",
                                     zh: "%@ 没有要保存的内容：请填写备注或选择修改项")

    /// Leads a failure the catalog has no words for: the system's (a full disk, a journal that
    /// cannot be written) or a rare refusal, both in the command line's English.
    public let notDone = Msg(en: "Not done: %@", zh: "未完成：%@")

    /// What to show for a failed save. A refusal whose words are the command line's is said as
    /// it is in English, and introduced in the screen's language otherwise; what the system
    /// reports is always introduced, so it reads as a failure and not as a passing remark.
    public func text(for error: any Error, _ language: Language) -> String {
        guard let refusal = error as? CommandError else { return notDone.format(language, "\(error)") }
        if let reason = refusal.reason { return text(for: reason, language) }
        return language == .english ? refusal.message : notDone.format(language, refusal.message)
    }

    func text(for reason: CommandReason, _ language: Language) -> String {
        let outcome = { (o: CallOutcome) in MessageCatalog.call.name(of: o)[language] }
        switch reason {
        case .claimedByOther(let task, let login, let until): return claimedByOther.format(language, task, login, until)
        case .taskForOther(let task, let assignee): return taskForOther.format(language, task, assignee)
        case .taskNotOpen(let task, _, _, _): return taskNotOpen.format(language, task)
        case .taskGone(let task, _): return taskGone.format(language, task)
        case .customerNotCallable(_, let customer, let doNotCall?): return customerDoNotCall.format(language, customer, doNotCall)
        case .customerNotCallable(_, let customer, nil): return customerNoPhone.format(language, customer)
        case .callbackNotInFuture(let callback, let now): return callbackNotInFuture.format(language, callback, now)
        case .callbackWithoutCallbackOutcome(_, let o):
            return callbackWithoutCallbackOutcome.format(language, outcome(.callback), outcome(o))
        case .onlyWhenReached(_, let o): return onlyWhenReached.format(language, outcome(o))
        case .problemNeedsTalk(let o): return problemNeedsTalk.format(language, outcome(o))
        case .doNotCallNeedsTalk(let o): return doNotCallNeedsTalk.format(language, outcome(o))
        case .recallNeedsSatisfied: return recallNeedsSatisfied[language]
        case .noCustomerMatches(let key): return noCustomerMatches.format(language, key)
        case .wordsEmpty: return wordsEmpty[language]
        case .deadlineBeforeReceipt(let deadline, let received): return deadlineBeforeReceipt.format(language, deadline, received)
        case .deadlineInPast(let deadline, let today): return deadlineInPast.format(language, deadline, today)
        case .changedSinceRead(let complaint, let by, let at): return changedSinceRead.format(language, complaint, by, at)
        case .complaintClosed(let complaint): return complaintClosed.format(language, complaint)
        case .onlyOwnerOrSupervisor(let complaint, let owner, _, _): return onlyOwnerOrSupervisor.format(language, owner, complaint)
        case .onlySupervisor(let action, let complaint, _):
            switch action {
            case .reassign: return onlySupervisorReassigns.format(language, complaint)
            case .reopen: return onlySupervisorReopens.format(language, complaint)
            case .closeWithoutRecall: return onlySupervisorClosesUnsatisfied.format(language, complaint)
            case .changeDeadline(let signed, let signedBy): return onlySupervisorMovesDeadline.format(language, complaint, signed, signedBy)
            }
        case .deadlineChangeNeedsReason(let complaint): return deadlineChangeNeedsReason.format(language, complaint)
        case .resolutionEmpty(let complaint): return resolutionEmpty.format(language, complaint)
        case .nothingToChange(let complaint): return nothingToChange.format(language, complaint)
        }
    }
}

extension MessageCatalog {
    public static let refusals = RefusalMessages()
}
