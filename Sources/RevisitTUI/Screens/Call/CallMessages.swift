import RevisitCore

public struct CallMessages: MessageGroup {
    public let title = Msg(en: "Call %@", zh: "通话 %@", ko: "통화 %@", es: "Llamada %@")
    public let customer = Msg(en: "Customer", zh: "客户", ko: "고객", es: "Cliente")
    public let vehicle = Msg(en: "Vehicle", zh: "车辆", ko: "차량", es: "Vehículo")
    public let visit = Msg(en: "Visit", zh: "到店", ko: "방문", es: "Visita")
    /// A complaint recall's third line, in place of the visit: the complaint and how it was resolved.
    public let complaint = Msg(en: "Complaint", zh: "投诉", ko: "불만", es: "Queja")
    public let resolved = Msg(en: "resolved: %@", zh: "处理：%@", ko: "처리: %@", es: "resuelta: %@")
    public let due = Msg(en: "due %@", zh: "应办 %@", ko: "예정 %@", es: "vence %@")
    public let overdue = Msg(en: "OVERDUE", zh: "逾期", ko: "기한 초과", es: "VENCIDO")
    public let attempts = Msg(en: "%@ tries", zh: "已拨 %@ 次", ko: "시도 %@", es: "%@ llam.")
    public let surveyHeading = Msg(en: "Survey: 1-5 rates the question, 0 clears it", zh: "问卷：按 1-5 评分，按 0 清除", ko: "설문: 1-5로 점수 입력, 0으로 지우기", es: "Encuesta: 1-5 califica la pregunta, 0 la borra")
    public let overall = Msg(en: "Overall rating", zh: "总体评分", ko: "종합 평가", es: "Valoración general")
    public let notAsked = Msg(en: "-", zh: "未问", ko: "묻지 않음", es: "sin preguntar")
    public let words = Msg(en: "Customer's words", zh: "客户原话", ko: "고객의 말", es: "Comentario")
    public let outcome = Msg(en: "Outcome", zh: "结果", ko: "결과", es: "Resultado")
    public let callback = Msg(en: "Call back at", zh: "回拨时间", ko: "재통화 일시", es: "Volver a llamar")
    public let problem = Msg(en: "Problem", zh: "有问题", ko: "문제 있음", es: "Problema")
    public let yes = Msg(en: "yes", zh: "是", ko: "예", es: "Sí")
    public let no = Msg(en: "no", zh: "否", ko: "아니요", es: "No")
    public let unknown = Msg(en: "not asked", zh: "未问", ko: "묻지 않음", es: "sin preguntar")
    public let satisfied = Msg(en: "Satisfied", zh: "是否满意", ko: "만족 여부", es: "Satisfecho")
    public let cause = Msg(en: "Why they left", zh: "流失原因", ko: "이탈 사유", es: "Motivo de pérdida")
    public let nextService = Msg(en: "Next service", zh: "下次保养", ko: "다음 정비", es: "Próxima revisión")
    public let doNotCall = Msg(en: "Do not call, why", zh: "请勿致电原因", ko: "전화 금지 사유", es: "No llamar: motivo")
    public let reached = Msg(en: "reached", zh: "接通", ko: "연결", es: "contactado")
    public let noAnswer = Msg(en: "no answer", zh: "无人接听", ko: "받지 않음", es: "sin respuesta")
    public let busy = Msg(en: "busy", zh: "占线", ko: "통화 중", es: "ocupado")
    public let callbackOutcome = Msg(en: "call back later", zh: "约定回拨", ko: "재통화 약속", es: "volver a llamar")
    public let wrongNumber = Msg(en: "wrong number", zh: "号码错误", ko: "잘못된 번호", es: "número equivocado")
    public let refused = Msg(en: "refused", zh: "拒绝", ko: "거절", es: "se negó")
    public let price = Msg(en: "price", zh: "价格", ko: "가격", es: "precio")
    public let distance = Msg(en: "distance", zh: "距离", ko: "거리", es: "distancia")
    public let serviceQuality = Msg(en: "service quality", zh: "服务质量", ko: "서비스 품질", es: "calidad del servicio")
    public let movedAway = Msg(en: "moved away", zh: "搬迁", ko: "이사", es: "se mudó")
    public let carSold = Msg(en: "car sold", zh: "车已卖", ko: "차량 매각", es: "vendió el vehículo")
    public let otherCause = Msg(en: "other", zh: "其他", ko: "기타", es: "otro")
    public let hint = Msg(en: "%1$@ save   %2$@ next field   %3$@ change a choice   %4$@ cancel",
                          zh: "%1$@ 保存   %2$@ 下一项   %3$@ 切换选项   %4$@ 取消",
                          ko: "%1$@ 저장   %2$@ 다음 항목   %3$@ 선택 변경   %4$@ 취소",
                          es: "%1$@ guardar   %2$@ siguiente   %3$@ cambiar opción   %4$@ cancelar")
    public let saved = Msg(en: "Call %@ saved", zh: "通话 %@ 已保存", ko: "통화 %@ 저장되었습니다", es: "Llamada %@ guardada")
    /// A resumed draft whose call cannot be taken again: the reason, then what was typed.
    public let draftNotResumed = Msg(en: "%1$@. What you had typed: %2$@", zh: "%1$@。您当时记录的内容：%2$@", ko: "%1$@. 입력했던 내용: %2$@", es: "%1$@. Lo que había escrito: %2$@")
    public let offerForm = Msg(en: "The customer has a problem. Open the quick-handling form?", zh: "客户反映了问题。打开快速处理表？", ko: "고객이 문제를 제기했습니다. 빠른 처리 양식을 열까요?", es: "El cliente tiene un problema. ¿Abrir el formulario de gestión rápida?")
    public let openTasks = Msg(en: "Open tasks", zh: "待办回访", ko: "미처리 업무", es: "Tareas pendientes")
    public let calls = Msg(en: "Calls", zh: "通话记录", ko: "통화 기록", es: "Llamadas")
    public let overallShort = Msg(en: "overall %@", zh: "总评 %@", ko: "종합 %@", es: "general %@")

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
        (.saveCall, Msg(en: "Save the call", zh: "保存通话", ko: "통화 저장", es: "Guardar la llamada")),
    ])
}
