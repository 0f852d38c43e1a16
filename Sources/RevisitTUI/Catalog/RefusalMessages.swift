import RevisitCore

/// A refused save as the screens say it: the refusals a rep or supervisor meets in a day's
/// work (`CommandReason`) in the screen's language, shorter than the command line's sentence;
/// any other in the command's own words.
public struct RefusalMessages: MessageGroup {
    public let claimedByOther = Msg(en: "%1$@ is taken by %2$@ until %3$@", zh: "%1$@ 已由 %2$@ 接手，至 %3$@", ko: "%1$@ 건은 %3$@까지 %2$@ 님이 맡고 있습니다", es: "%1$@ está reservada por %2$@ hasta %3$@")
    public let taskForOther = Msg(en: "%1$@ is %2$@'s call; only they or a supervisor may make it",
                                  zh: "%1$@ 由 %2$@ 负责；只有本人或主管可以拨打",
                                  ko: "%1$@ 건은 %2$@ 님 담당입니다. 본인 또는 관리자만 전화할 수 있습니다",
                                  es: "%1$@ está asignada a %2$@; solo esa persona o un supervisor puede llamar")
    public let taskNotOpen = Msg(en: "%@ is no longer open", zh: "%@ 已不在待办中", ko: "%@ 건은 더 이상 대기 중이 아닙니다", es: "%@ ya no está pendiente")
    public let taskGone = Msg(en: "%@ is no longer on the queue", zh: "%@ 已不在队列中", ko: "%@ 건은 더 이상 콜 대기열에 없습니다", es: "%@ ya no está en la cola de llamadas")
    public let customerDoNotCall = Msg(en: "%1$@ is marked do-not-call (%2$@)", zh: "%1$@ 已标记为请勿致电（%2$@）", ko: "%1$@ 고객은 전화 금지로 표시되어 있습니다(%2$@)", es: "%1$@ tiene la marca de no llamar (%2$@)")
    public let customerNoPhone = Msg(en: "%@ has no phone left that is not marked wrong",
                                     zh: "%@ 没有可拨打的电话：号码都已标记为错误",
                                     ko: "%@ 고객에게 걸 수 있는 번호가 없습니다. 모든 번호가 오류로 표시되어 있습니다",
                                     es: "%@ no tiene ningún teléfono válido: todos están marcados como erróneos")
    public let callbackNotInFuture = Msg(en: "Call back at %1$@: that is not later than now (%2$@)",
                                         zh: "回拨时间 %1$@ 不晚于现在（%2$@）",
                                         ko: "재통화 시간 %1$@: 현재(%2$@) 이후여야 합니다",
                                         es: "Volver a llamar el %1$@: no es posterior a ahora (%2$@)")
    public let callbackWithoutCallbackOutcome = Msg(en: "A call-back time goes with the outcome “%1$@”, not “%2$@”",
                                                    zh: "回拨时间只能配合“%1$@”填写，本次结果为“%2$@”",
                                                    ko: "재통화 시간은 결과가 “%1$@”인 경우에만 입력합니다. 이번 결과는 “%2$@”입니다",
                                                    es: "La hora para volver a llamar solo se indica con el resultado “%1$@”, no con “%2$@”")
    public let onlyWhenReached = Msg(en: "Ratings, satisfaction, cause and dates are kept only for a call that reached the customer, not %@",
                                     zh: "评分、满意与否、原因和日期只记在接通的通话上，本次结果为“%@”",
                                     ko: "평가 점수, 만족도, 원인, 날짜는 고객과 연결된 통화에만 기록됩니다. 이번 결과는 “%@”입니다",
                                     es: "Puntuaciones, satisfacción, causa y fechas solo se guardan si se contactó con el cliente (resultado: “%@”)")
    public let problemNeedsTalk = Msg(en: "A problem is noted only when the customer was reached or refused, not %@",
                                      zh: "只有接通或客户拒绝时才能标记问题，本次结果为“%@”",
                                      ko: "문제 표시는 고객과 연결되었거나 고객이 거절한 경우에만 할 수 있습니다. 이번 결과는 “%@”입니다",
                                      es: "Solo se marca un problema si se contactó con el cliente o este se negó (resultado: “%@”)")
    public let doNotCallNeedsTalk = Msg(en: "Do-not-call is noted only when the customer was reached or refused, not %@",
                                        zh: "只有接通或客户拒绝时才能标记请勿致电，本次结果为“%@”",
                                        ko: "전화 금지 표시는 고객과 연결되었거나 고객이 거절한 경우에만 할 수 있습니다. 이번 결과는 “%@”입니다",
                                        es: "Solo se marca no llamar si se contactó con el cliente o este se negó (resultado: “%@”)")
    public let recallNeedsSatisfied = Msg(en: "Say whether the customer is satisfied", zh: "请选择客户是否满意", ko: "고객 만족 여부를 선택하세요", es: "Indique si el cliente está satisfecho")
    public let noCustomerMatches = Msg(en: "No customer matches “%@”: give a customer id, phone or plate",
                                       zh: "没有与“%@”匹配的客户：请填写客户编号、电话或车牌",
                                       ko: "“%@”에 해당하는 고객이 없습니다. 고객 번호, 전화번호 또는 차량 번호를 입력하세요",
                                       es: "Ningún cliente coincide con “%@”: indique un ID de cliente, teléfono o matrícula")
    public let wordsEmpty = Msg(en: "The customer's words are empty; record what the customer said",
                                zh: "客户原话为空；请记录客户所说的话",
                                ko: "고객의 말이 비어 있습니다. 고객이 말한 내용을 기록하세요",
                                es: "Las palabras del cliente están vacías; anote lo que dijo el cliente")
    public let deadlineBeforeReceipt = Msg(en: "Deadline %1$@ is before today (%2$@)", zh: "期限 %1$@ 早于今天（%2$@）", ko: "기한 %1$@: 오늘(%2$@)보다 이전 날짜입니다", es: "La fecha límite %1$@ es anterior a hoy (%2$@)")
    public let deadlineInPast = Msg(en: "Deadline %1$@ is in the past (today is %2$@)", zh: "期限 %1$@ 已过（今天是 %2$@）", ko: "기한 %1$@: 이미 지난 날짜입니다(오늘: %2$@)", es: "La fecha límite %1$@ ya pasó (hoy es %2$@)")
    public let changedSinceRead = Msg(en: "%1$@ was changed by %2$@ at %3$@ since you opened it; look again",
                                      zh: "%1$@ 已被 %2$@ 于 %3$@ 修改；请重新查看",
                                      ko: "%1$@ 건은 연 뒤에 %2$@ 님이 %3$@에 수정했습니다. 다시 확인하세요",
                                      es: "%1$@ fue modificada por %2$@ (%3$@) después de que usted la abriera; revísela de nuevo")
    public let complaintClosed = Msg(en: "%@ is closed: only a note, or a supervisor's reopen, may change it",
                                     zh: "%@ 已关闭：只能添加备注，或由主管重新打开",
                                     ko: "%@ 건은 종결되었습니다. 메모 추가 또는 관리자의 재개만 가능합니다",
                                     es: "%@ está cerrada: solo se puede añadir una nota, o un supervisor puede reabrirla")
    public let onlyOwnerOrSupervisor = Msg(en: "Only the owner (%1$@) or a supervisor may change %2$@",
                                           zh: "只有受理人（%1$@）或主管可以修改 %2$@",
                                           ko: "%2$@ 건은 담당자(%1$@) 또는 관리자만 수정할 수 있습니다",
                                           es: "Solo el gestor (%1$@) o un supervisor puede modificar %2$@")
    public let onlySupervisorReassigns = Msg(en: "Only a supervisor may reassign %@", zh: "只有主管可以改派 %@", ko: "%@ 건은 관리자만 재배정할 수 있습니다", es: "Solo un supervisor puede reasignar %@")
    public let onlySupervisorReopens = Msg(en: "Only a supervisor may reopen %@", zh: "只有主管可以重新打开 %@", ko: "%@ 건은 관리자만 다시 열 수 있습니다", es: "Solo un supervisor puede reabrir %@")
    public let onlySupervisorClosesUnsatisfied = Msg(en: "Only a supervisor may close %@ without a satisfied recall",
                                                     zh: "没有满意的回访时，只有主管可以关闭 %@",
                                                     ko: "고객 만족이 확인된 사후 관리 전화가 없으면 %@ 건은 관리자만 종결할 수 있습니다",
                                                     es: "Solo un supervisor puede cerrar %@ sin una llamada de seguimiento con el cliente satisfecho")
    public let onlySupervisorMovesDeadline = Msg(en: "Only a supervisor may change the deadline of %1$@ (%2$@, signed by %3$@)",
                                                 zh: "只有主管可以修改 %1$@ 的期限（%2$@，%3$@ 签认）",
                                                 ko: "%1$@ 건의 기한(%2$@, %3$@ 님 서명)은 관리자만 변경할 수 있습니다",
                                                 es: "Solo un supervisor puede cambiar la fecha límite de %1$@ (%2$@, firmada por %3$@)")
    public let deadlineChangeNeedsReason = Msg(en: "Changing the signed deadline of %@ needs a reason",
                                               zh: "修改 %@ 已签认的期限，需写明原因",
                                               ko: "%@ 건의 서명된 기한을 변경하려면 사유가 필요합니다",
                                               es: "Indique un motivo para cambiar la fecha límite firmada de %@")
    public let resolutionEmpty = Msg(en: "The resolution of %@ is empty", zh: "%@ 的处理结果为空", ko: "%@ 건의 처리 결과가 비어 있습니다", es: "La resolución de %@ está vacía")
    public let nothingToChange = Msg(en: "Nothing to save for %@: write a note or choose a change",
                                     zh: "%@ 没有要保存的内容：请填写备注或选择修改项",
                                     ko: "%@ 건에 저장할 내용이 없습니다. 메모를 작성하거나 변경 사항을 선택하세요",
                                     es: "No hay nada que guardar en %@: escriba una nota o elija un cambio")

    public let statusUnchanged = Msg(en: "%1$@ is already “%2$@”", zh: "%1$@ 已是“%2$@”", ko: "%1$@ 건은 이미 “%2$@” 상태입니다",
                                     es: "%1$@ ya está en estado «%2$@»")
    public let statusCannotChange = Msg(en: "%1$@ cannot go from “%2$@” to “%3$@”; from “%2$@” it may go to “%4$@”",
                                        zh: "%1$@ 不能从“%2$@”改为“%3$@”；“%2$@”只能改为“%4$@”",
                                        ko: "%1$@ 건은 “%2$@”에서 “%3$@”(으)로 바꿀 수 없습니다. “%2$@”에서는 “%4$@”(으)로만 바꿀 수 있습니다",
                                        es: "%1$@ no puede pasar de «%2$@» a «%3$@»; desde «%2$@» solo puede pasar a «%4$@»")
    /// Between the statuses a complaint may go to, each quoted as `statusCannotChange` quotes its last argument.
    public let statusOr = Msg(en: "” or “", zh: "”或“", ko: "” 또는 “", es: "» o «")

    /// Leads a failure the catalog has no words for: the system's (a full disk, a journal that
    /// cannot be written) or a rare refusal, both in the command line's English.
    public let notDone = Msg(en: "Not done: %@", zh: "未完成：%@", ko: "완료되지 않음: %@", es: "No realizado: %@")

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
        let status = { (s: ComplaintStatus) in MessageCatalog.complaintNames.name(of: s)[language] }
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
        case .statusUnchanged(let complaint, let s): return statusUnchanged.format(language, complaint, status(s))
        case .statusCannotChange(let complaint, let from, let to, let allowed):
            let next = allowed.map(status).joined(separator: statusOr[language])
            return statusCannotChange.format(language, complaint, status(from), status(to), next)
        }
    }
}

extension MessageCatalog {
    public static let refusals = RefusalMessages()
}
