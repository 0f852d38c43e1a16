import RevisitCore

/// Everything the complaint screens say: the quick-handling form, the supervisor's queue,
/// the complaint card and the customer card's complaints section.
public struct ComplaintMessages: MessageGroup {
    public let queueTitle = Msg(en: "Complaints", zh: "投诉处理", ko: "불만 처리", es: "Quejas")
    public let cardTitle = Msg(en: "Complaint %@", zh: "投诉 %@", ko: "불만 %@", es: "Queja %@")
    public let formTitle = Msg(en: "Quick-handling form", zh: "快速处理表", ko: "신속 처리 양식", es: "Formulario de gestión rápida")
    public let counts = Msg(en: "%1$@ open · crisis %2$@ · escalated %3$@ · overdue %4$@ · no contact %5$@",
                            zh: "未结 %1$@ · 危机 %2$@ · 升级 %3$@ · 超期 %4$@ · 未联系 %5$@",
                            ko: "미결 %1$@ · 위기 %2$@ · 격상 %3$@ · 기한 초과 %4$@ · 미연락 %5$@",
                            es: "%1$@ abiertas · crisis %2$@ · escaladas %3$@ · vencidas %4$@ · sin contacto %5$@")
    /// The counts where the whole line does not fit: each flag by its name in the Flags column.
    public let countsShort = Msg(en: "%1$@ open · CRISIS %2$@ · ESC %3$@ · OVD %4$@ · 1H %5$@",
                                 zh: "未结 %1$@ · 危机 %2$@ · 升级 %3$@ · 超期 %4$@ · 未联 %5$@",
                                 ko: "미결 %1$@ · 위기 %2$@ · 격상 %3$@ · 초과 %4$@ · 미연락 %5$@",
                                 es: "%1$@ abiertas · CRISIS %2$@ · ESC %3$@ · VENC %4$@ · 1H %5$@")
    public let queueEmpty = Msg(en: "No open complaint", zh: "没有未结的投诉", ko: "미결 불만이 없습니다", es: "No hay quejas abiertas")
    public let queueKeys = Msg(en: "%1$@ card  %2$@ assign  %3$@ deadline  %4$@ status  %5$@ close  %6$@ note",
                               zh: "%1$@ 详情  %2$@ 指派  %3$@ 期限  %4$@ 状态  %5$@ 关闭  %6$@ 备注",
                               ko: "%1$@ 상세  %2$@ 지정  %3$@ 기한  %4$@ 상태  %5$@ 종결  %6$@ 메모",
                               es: "%1$@ ficha  %2$@ asignar  %3$@ plazo  %4$@ estado  %5$@ cerrar  %6$@ nota")
    public let cardKeys = Msg(en: "%1$@ assign  %2$@ deadline  %3$@ status  %4$@ close  %5$@ note  %6$@ back",
                              zh: "%1$@ 指派  %2$@ 期限  %3$@ 状态  %4$@ 关闭  %5$@ 备注  %6$@ 返回",
                              ko: "%1$@ 지정  %2$@ 기한  %3$@ 상태  %4$@ 종결  %5$@ 메모  %6$@ 뒤로",
                              es: "%1$@ asignar  %2$@ plazo  %3$@ estado  %4$@ cerrar  %5$@ nota  %6$@ volver")
    public let promptKeys = Msg(en: "%1$@ save   %2$@ cancel   %3$@ next field",
                                zh: "%1$@ 保存   %2$@ 取消   %3$@ 下一项",
                                ko: "%1$@ 저장   %2$@ 취소   %3$@ 다음 입력란",
                                es: "%1$@ guardar   %2$@ cancelar   %3$@ campo siguiente")
    public let formKeys = Msg(en: "%1$@ save   %2$@ next field   %3$@ change a choice   %4$@ cancel",
                              zh: "%1$@ 保存   %2$@ 下一项   %3$@ 切换选项   %4$@ 取消",
                              ko: "%1$@ 저장   %2$@ 다음 입력란   %3$@ 선택 변경   %4$@ 취소",
                              es: "%1$@ guardar   %2$@ siguiente   %3$@ cambiar opción   %4$@ cancelar")

    public let columnAge = Msg(en: "Age", zh: "时长", ko: "접수 후", es: "Edad")
    public let columnID = Msg(en: "ID", zh: "编号", ko: "번호", es: "ID")
    public let columnCategory = Msg(en: "Category", zh: "类别", ko: "유형", es: "Categoría")
    public let columnCustomer = Msg(en: "Customer", zh: "客户", ko: "고객", es: "Cliente")
    public let columnOwner = Msg(en: "Owner", zh: "受理人", ko: "담당자", es: "Gestor")
    public let columnResponsible = Msg(en: "Assignee", zh: "责任人", ko: "책임자", es: "Asignado")
    public let columnDeadline = Msg(en: "Due", zh: "期限", ko: "기한", es: "Plazo")
    public let columnStatus = Msg(en: "Status", zh: "状态", ko: "상태", es: "Estado")
    public let columnFlags = Msg(en: "Flags", zh: "标记", ko: "표시", es: "Alertas")

    public let flagCrisis = Msg(en: "CRISIS", zh: "危机", ko: "위기", es: "CRISIS")
    public let flagEscalated = Msg(en: "ESC", zh: "升级", ko: "격상", es: "ESC")
    public let flagOverdue = Msg(en: "OVD", zh: "超期", ko: "초과", es: "VENC")
    public let flagNoContact = Msg(en: "1H", zh: "未联", ko: "미연락", es: "1H")
    public let minutesShort = Msg(en: "%@m", zh: "%@分", ko: "%@분", es: "%@m")
    public let hoursShort = Msg(en: "%@h", zh: "%@时", ko: "%@시간", es: "%@h")
    public let daysShort = Msg(en: "%@d", zh: "%@天", ko: "%@일", es: "%@d")

    public let labelCustomer = Msg(en: "Customer", zh: "客户", ko: "고객", es: "Cliente")
    public let labelCustomerKey = Msg(en: "Customer (id/phone/plate)", zh: "客户（编号/电话/车牌）", ko: "고객(번호/전화/차량 번호)", es: "Cliente (ID/tel./matríc.)")
    public let labelVehicle = Msg(en: "Vehicle", zh: "车辆", ko: "차량", es: "Vehículo")
    public let labelCall = Msg(en: "Call", zh: "来源通话", ko: "관련 통화", es: "Llamada")
    public let labelChannel = Msg(en: "Channel", zh: "渠道", ko: "접수 경로", es: "Canal")
    public let labelWords = Msg(en: "Customer's words", zh: "客户原话", ko: "고객의 말", es: "Palabras del cliente")
    public let labelCategory = Msg(en: "Category", zh: "类别", ko: "유형", es: "Categoría")
    public let labelCrisis = Msg(en: "Crisis", zh: "危机", ko: "위기", es: "Crisis")
    public let labelDepartment = Msg(en: "Department", zh: "责任部门", ko: "책임 부서", es: "Departamento")
    public let labelResponsible = Msg(en: "Responsible", zh: "责任人", ko: "책임자", es: "Responsable")
    public let labelDeadline = Msg(en: "Deadline", zh: "解决期限", ko: "처리 기한", es: "Fecha límite")
    public let labelDeadlineInput = Msg(en: "Deadline (YYYY-MM-DD)", zh: "解决期限（年-月-日）", ko: "처리 기한(YYYY-MM-DD)", es: "Fecha límite (AAAA-MM-DD)")
    public let labelNote = Msg(en: "Note", zh: "备注", ko: "메모", es: "Nota")
    public let labelReason = Msg(en: "Reason", zh: "原因", ko: "사유", es: "Motivo")
    public let labelSummary = Msg(en: "Summary for improvement", zh: "改进总结", ko: "개선 요약", es: "Resumen de mejora")
    public let labelStatus = Msg(en: "New status", zh: "新状态", ko: "새 상태", es: "Nuevo estado")
    public let labelAssignTo = Msg(en: "Responsible person", zh: "责任人", ko: "책임자", es: "Responsable")
    public let labelOwner = Msg(en: "Owner", zh: "受理人", ko: "담당자", es: "Gestor")
    public let labelReceived = Msg(en: "Received", zh: "受理时间", ko: "접수 시각", es: "Recibida")
    public let labelFirstContact = Msg(en: "First contact", zh: "首次联系", ko: "첫 연락", es: "1.er contacto")
    public let labelReopened = Msg(en: "Reopened", zh: "重开次数", ko: "재개 횟수", es: "Reaperturas")
    public let labelResolution = Msg(en: "Resolution", zh: "处理结果", ko: "처리 결과", es: "Resolución")
    public let labelHistory = Msg(en: "History", zh: "处理记录", ko: "처리 이력", es: "Historial")
    public let labelSignedBy = Msg(en: "%1$@, signed by %2$@", zh: "%1$@，%2$@ 签认", ko: "%1$@, %2$@ 님 서명", es: "%1$@, firmada por %2$@")
    public let nobody = Msg(en: "(nobody)", zh: "（未指定）", ko: "(미지정)", es: "(sin asignar)")
    /// A department not chosen.
    public let noDepartment = Msg(en: "(not set)", zh: "（未指定）", ko: "(미지정)", es: "(sin definir)")
    public let noneYet = Msg(en: "(none yet)", zh: "（暂无）", ko: "(아직 없음)", es: "(aún no)")
    public let noVehicle = Msg(en: "(no vehicle)", zh: "（不涉及车辆）", ko: "(해당 차량 없음)", es: "(sin vehículo)")

    public let promptAssign = Msg(en: "Assign %@", zh: "指派 %@", ko: "%@ 건 책임자 지정", es: "Asignar %@")
    public let promptDeadline = Msg(en: "Sign a deadline for %@", zh: "为 %@ 签认期限", ko: "%@ 건 처리 기한 서명", es: "Firmar la fecha límite de %@")
    public let promptStatus = Msg(en: "Change the status of %@", zh: "更改 %@ 的状态", ko: "%@ 건 상태 변경", es: "Cambiar el estado de %@")
    public let promptClose = Msg(en: "Close %@", zh: "关闭 %@", ko: "%@ 건 종결", es: "Cerrar %@")
    public let promptNote = Msg(en: "Add a note to %@", zh: "为 %@ 添加备注", ko: "%@ 건 메모 추가", es: "Añadir una nota a %@")
    public let promptContacted = Msg(en: "Record a contact with the customer of %@", zh: "记录 %@ 已联系客户", ko: "%@ 건 고객 연락 기록", es: "Registrar un contacto con el cliente de %@")
    public let noNextStatus = Msg(en: "%@ is closed; only a supervisor may reopen it", zh: "%@ 已关闭，只有主管可以重新打开", ko: "%@ 건은 종결되었습니다. 관리자만 다시 열 수 있습니다", es: "%@ está cerrada; solo un supervisor puede reabrirla")
    public let saved = Msg(en: "%@ saved", zh: "%@ 已保存", ko: "%@ 건이 저장되었습니다", es: "%@ guardada")
    public let opened = Msg(en: "Complaint %@ opened; you own it", zh: "投诉 %@ 已受理，由您负责跟进", ko: "불만 %@ 건이 접수되었습니다. 본인이 담당자입니다", es: "Queja %@ registrada; queda a su cargo")
    public let gone = Msg(en: "This complaint is no longer in the store", zh: "该投诉已不在数据中", ko: "이 불만 건은 더 이상 저장소에 없습니다", es: "Esta queja ya no está en el almacén de datos")
    public let customerSection = Msg(en: "Complaints", zh: "投诉", ko: "불만", es: "Quejas")

    public let changeOpened = Msg(en: "opened", zh: "受理", ko: "접수", es: "registrada")
    public let changeStatus = Msg(en: "status %1$@ → %2$@", zh: "状态 %1$@ → %2$@", ko: "상태 %1$@ → %2$@", es: "estado %1$@ → %2$@")
    public let changeContacted = Msg(en: "contacted the customer", zh: "已联系客户", ko: "고객 연락 완료", es: "cliente contactado")
    public let changeCategory = Msg(en: "category %@", zh: "类别 %@", ko: "유형 %@", es: "categoría %@")
    public let changeCrisis = Msg(en: "crisis %@", zh: "危机 %@", ko: "위기 %@", es: "crisis %@")
    public let changeDepartment = Msg(en: "department %@", zh: "责任部门 %@", ko: "책임 부서 %@", es: "departamento %@")
    public let changeResponsible = Msg(en: "responsible %@", zh: "责任人 %@", ko: "책임자 %@", es: "responsable %@")
    public let changeOwner = Msg(en: "owner %@", zh: "受理人 %@", ko: "담당자 %@", es: "gestor %@")
    public let changeDeadline = Msg(en: "deadline %1$@ signed by %2$@", zh: "期限 %1$@，%2$@ 签认", ko: "기한 %1$@, %2$@ 님 서명", es: "fecha límite %1$@ firmada por %2$@")
    public let changeResolution = Msg(en: "resolution: %@", zh: "处理结果：%@", ko: "처리 결과: %@", es: "resolución: %@")
    public let changeRecallSatisfied = Msg(en: "recall %@: satisfied", zh: "二次回访 %@：满意", ko: "사후 관리 전화 %@: 만족", es: "llamada de seguimiento %@: satisfecho")
    public let changeRecallNotSatisfied = Msg(en: "recall %@: not satisfied", zh: "二次回访 %@：不满意", ko: "사후 관리 전화 %@: 불만족", es: "llamada de seguimiento %@: no satisfecho")
    public let changeSummary = Msg(en: "summary: %@", zh: "改进总结：%@", ko: "개선 요약: %@", es: "resumen de mejora: %@")
    public let noteLine = Msg(en: "note: %@", zh: "备注：%@", ko: "메모: %@", es: "nota: %@")
    /// Between the changes of one history entry.
    public let changesSeparator = Msg(en: "; ", zh: "；", ko: "; ", es: "; ")
}

/// Names of the complaint fields' fixed values.
public struct ComplaintNames: MessageGroup {
    public let followUpCall = Msg(en: "follow-up call", zh: "回访电话", ko: "사후 관리 전화", es: "llamada de seguimiento")
    public let inboundCall = Msg(en: "inbound call", zh: "客户来电", ko: "고객 전화", es: "llamada entrante")
    public let walkIn = Msg(en: "walk-in", zh: "到店", ko: "내방", es: "presencial")
    public let letter = Msg(en: "letter", zh: "来信", ko: "서신", es: "carta")
    public let online = Msg(en: "online", zh: "网络", ko: "온라인", es: "en línea")

    public let serviceQuality = Msg(en: "service quality", zh: "服务质量", ko: "서비스 품질", es: "calidad del servicio")
    public let partsQuality = Msg(en: "parts quality", zh: "配件质量", ko: "부품 품질", es: "calidad de repuestos")
    public let warrantyClaim = Msg(en: "warranty claim", zh: "索赔", ko: "보증 수리", es: "reclamación de garantía")
    public let repairQuality = Msg(en: "repair quality", zh: "维修质量", ko: "수리 품질", es: "calidad de reparación")
    public let vehicleQuality = Msg(en: "vehicle quality", zh: "车辆质量", ko: "차량 품질", es: "calidad del vehículo")
    public let technicalProblem = Msg(en: "technical problem", zh: "技术问题", ko: "기술 문제", es: "problema técnico")
    public let booking = Msg(en: "booking", zh: "预约", ko: "예약", es: "cita")
    public let reception = Msg(en: "reception", zh: "接待", ko: "접수", es: "recepción")
    public let otherCategory = Msg(en: "other", zh: "其他", ko: "기타", es: "otra")

    public let noCrisis = Msg(en: "none", zh: "无", ko: "없음", es: "ninguna")
    public let safety = Msg(en: "safety", zh: "安全", ko: "안전", es: "seguridad")
    public let largeSum = Msg(en: "large sum", zh: "大额索赔", ko: "고액 배상", es: "importe elevado")
    public let media = Msg(en: "media", zh: "媒体", ko: "언론", es: "medios")
    public let lawyer = Msg(en: "lawyer", zh: "律师", ko: "변호사", es: "abogado")
    public let police = Msg(en: "police", zh: "警方", ko: "경찰", es: "policía")
    public let consumerAssociation = Msg(en: "consumer association", zh: "消费者协会", ko: "소비자 단체", es: "asociación de consumidores")
    public let government = Msg(en: "government", zh: "政府部门", ko: "정부 기관", es: "organismo público")
    public let otherRisk = Msg(en: "other risk", zh: "其他风险", ko: "기타 위험", es: "otro riesgo")

    public let serviceShort = Msg(en: "service", zh: "服务质量", ko: "서비스", es: "servicio")
    public let partsShort = Msg(en: "parts", zh: "配件质量", ko: "부품", es: "repuestos")
    public let warrantyShort = Msg(en: "warranty", zh: "索赔", ko: "보증", es: "garantía")
    public let repairShort = Msg(en: "repair", zh: "维修质量", ko: "수리", es: "reparac.")
    public let vehicleShort = Msg(en: "vehicle", zh: "车辆质量", ko: "차량", es: "vehículo")
    public let technicalShort = Msg(en: "technical", zh: "技术问题", ko: "기술", es: "técnico")
    public let inProgressShort = Msg(en: "working", zh: "处理中", ko: "진행", es: "en curso")

    public let open = Msg(en: "open", zh: "待处理", ko: "신규", es: "abierta")
    public let inProgress = Msg(en: "in progress", zh: "处理中", ko: "진행 중", es: "en curso")
    public let waiting = Msg(en: "waiting", zh: "等待中", ko: "대기", es: "espera")
    public let resolved = Msg(en: "resolved", zh: "已解决", ko: "해결", es: "resuelta")
    public let closed = Msg(en: "closed", zh: "已关闭", ko: "종결", es: "cerrada")

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
        (.goComplaints, Msg(en: "Complaints: the supervisor's queue", zh: "投诉处理：主管队列", ko: "불만 처리: 관리자 대기열", es: "Quejas: cola del supervisor")),
        (.newComplaint, Msg(en: "Open a complaint (the quick-handling form)", zh: "受理投诉（快速处理表）", ko: "불만 접수(신속 처리 양식)", es: "Registrar una queja (formulario de gestión rápida)")),
        (.complaintAssign, Msg(en: "Assign the responsible person", zh: "指派责任人", ko: "책임자 지정", es: "Asignar el responsable")),
        (.complaintDeadline, Msg(en: "Sign a deadline", zh: "签认解决期限", ko: "처리 기한 서명", es: "Firmar una fecha límite")),
        (.complaintStatus, Msg(en: "Change the status, with a note", zh: "更改状态并备注", ko: "상태 변경(메모 포함)", es: "Cambiar el estado, con una nota")),
        (.complaintClose, Msg(en: "Close the complaint", zh: "关闭投诉", ko: "불만 종결", es: "Cerrar la queja")),
        (.complaintNote, Msg(en: "Add a note", zh: "添加备注", ko: "메모 추가", es: "Añadir una nota")),
        (.complaintContacted, Msg(en: "Record a contact with the customer", zh: "记录已联系客户", ko: "고객 연락 기록", es: "Registrar un contacto con el cliente")),
        (.nextChoice, Msg(en: "Next choice", zh: "下一个选项", ko: "다음 선택지", es: "Opción siguiente")),
        (.previousChoice, Msg(en: "Previous choice", zh: "上一个选项", ko: "이전 선택지", es: "Opción anterior")),
        (.saveComplaint, Msg(en: "Save the complaint", zh: "保存投诉", ko: "불만 저장", es: "Guardar la queja")),
    ])
}
