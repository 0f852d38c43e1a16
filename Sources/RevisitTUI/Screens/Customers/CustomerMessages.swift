public struct CustomerMessages: MessageGroup {
    public let listTitle = Msg(en: "Customers", zh: "客户", ko: "고객", es: "Clientes")
    public let searchLabel = Msg(en: "Search:", zh: "搜索：", ko: "검색:", es: "Buscar:")
    public let searchHint = Msg(en: "%@ to search by name, phone or plate", zh: "按 %@ 按姓名、电话或车牌搜索", ko: "%@ 키: 이름, 전화 또는 차량 번호로 검색", es: "%@ busca por nombre, teléfono o matrícula")
    public let matches = Msg(en: "%1$@ of %2$@ customers", zh: "%2$@ 位客户中的 %1$@ 位", ko: "고객 %2$@명 중 %1$@명", es: "%1$@ de %2$@ clientes")
    public let showingFirst = Msg(en: "showing the first %@", zh: "仅显示前 %@ 位", ko: "처음 %@명만 표시", es: "se muestran los primeros %@")
    public let noMatch = Msg(en: "No customer matches", zh: "没有匹配的客户", ko: "일치하는 고객이 없습니다", es: "Ningún cliente coincide")
    public let columnID = Msg(en: "ID", zh: "编号", ko: "번호", es: "Código")
    public let columnName = Msg(en: "Name", zh: "姓名", ko: "이름", es: "Nombre")
    public let columnPhone = Msg(en: "Phone", zh: "电话", ko: "전화", es: "Teléfono")
    public let columnPlates = Msg(en: "Plates", zh: "车牌", ko: "차량 번호", es: "Matrículas")
    public let columnLastVisit = Msg(en: "Last visit", zh: "最近到店", ko: "최근 방문", es: "Últ.visita")
    public let cardTitle = Msg(en: "Customer %@", zh: "客户 %@", ko: "고객 %@", es: "Cliente %@")
    public let phone = Msg(en: "Phone", zh: "电话", ko: "전화", es: "Teléfono")
    public let address = Msg(en: "Address", zh: "地址", ko: "주소", es: "Dirección")
    public let classes = Msg(en: "Class", zh: "类别", ko: "분류", es: "Categoría")
    public let clubMember = Msg(en: "club member", zh: "车友会会员", ko: "클럽 회원", es: "miembro del club")
    public let keyCustomer = Msg(en: "key customer", zh: "重点客户", ko: "주요 고객", es: "cliente clave")
    public let doNotCall = Msg(en: "Do not call: %@", zh: "请勿致电：%@", ko: "전화 금지: %@", es: "No llamar: %@")
    public let wrongPhone = Msg(en: "wrong number", zh: "号码错误", ko: "잘못된 번호", es: "número equivocado")
    /// After a vehicle: when its maintenance reminder counts it due.
    public let serviceDue = Msg(en: "service %@", zh: "保养 %@", ko: "정비 예정 %@", es: "revisión %@")
    public let serviceOverdue = Msg(en: "service overdue %@", zh: "保养逾期 %@", ko: "정비 기한 초과 %@", es: "revisión vencida %@")
    public let comesBack = Msg(en: "Still comes back: last paying visit %@", zh: "仍在回厂：最近付费到店 %@", ko: "계속 방문 중: 최근 유상 방문 %@", es: "Sigue viniendo: última visita de pago %@")
    public let lost = Msg(en: "Lost? No paying visit since %@", zh: "可能流失：自 %@ 起未付费到店", ko: "이탈 의심: %@ 이후 유상 방문 없음", es: "¿Perdido? Sin visitas de pago desde %@")
    public let vehicles = Msg(en: "Vehicles", zh: "车辆", ko: "차량", es: "Vehículos")
    public let visits = Msg(en: "Visits", zh: "到店记录", ko: "방문 이력", es: "Visitas")
    public let none = Msg(en: "(none)", zh: "（无）", ko: "(없음)", es: "(ninguno)")
    public let cardKeys = Msg(en: "%1$@ new complaint  %2$@/%3$@ scroll  %4$@ back", zh: "%1$@ 新投诉  %2$@/%3$@ 翻页  %4$@ 返回", ko: "%1$@ 불만 접수  %2$@/%3$@ 스크롤  %4$@ 뒤로", es: "%1$@ nueva queja  %2$@/%3$@ desplazar  %4$@ volver")
    public let customerGone = Msg(en: "This customer is no longer in the store", zh: "该客户已不在数据中", ko: "이 고객은 더 이상 저장소에 없습니다", es: "Este cliente ya no está en el almacén de datos")
}

extension MessageCatalog {
    public static let customers = CustomerMessages()
}

extension Action {
    public static let search: Action = "search"
}

extension ActionDescriptions {
    public static let customers = ActionDescriptions([
        (.search, Msg(en: "Search as you type", zh: "边输入边搜索", ko: "입력하면서 검색", es: "Buscar mientras escribe")),
    ])
}
