public struct CustomerMessages: MessageGroup {
    public let listTitle = Msg(en: "Customers", zh: "客户")
    public let searchLabel = Msg(en: "Search:", zh: "搜索：")
    public let searchHint = Msg(en: "%@ to search by name, phone or plate", zh: "按 %@ 按姓名、电话或车牌搜索")
    public let matches = Msg(en: "%1$@ of %2$@ customers", zh: "%2$@ 位客户中的 %1$@ 位")
    public let showingFirst = Msg(en: "showing the first %@", zh: "仅显示前 %@ 位")
    public let noMatch = Msg(en: "No customer matches", zh: "没有匹配的客户")
    public let columnID = Msg(en: "ID", zh: "编号")
    public let columnName = Msg(en: "Name", zh: "姓名")
    public let columnPhone = Msg(en: "Phone", zh: "电话")
    public let columnPlates = Msg(en: "Plates", zh: "车牌")
    public let columnLastVisit = Msg(en: "Last visit", zh: "最近到店")
    public let cardTitle = Msg(en: "Customer %@", zh: "客户 %@")
    public let phone = Msg(en: "Phone", zh: "电话")
    public let address = Msg(en: "Address", zh: "地址")
    public let classes = Msg(en: "Class", zh: "类别")
    public let clubMember = Msg(en: "club member", zh: "车友会会员")
    public let keyCustomer = Msg(en: "key customer", zh: "重点客户")
    public let doNotCall = Msg(en: "Do not call: %@", zh: "请勿致电：%@")
    public let wrongPhone = Msg(en: "wrong number", zh: "号码错误")
    /// After a vehicle: when its maintenance reminder counts it due.
    public let serviceDue = Msg(en: "service %@", zh: "保养 %@")
    public let serviceOverdue = Msg(en: "service overdue %@", zh: "保养逾期 %@")
    public let comesBack = Msg(en: "Still comes back: last paying visit %@", zh: "仍在回厂：最近付费到店 %@")
    public let lost = Msg(en: "Lost? No paying visit since %@", zh: "可能流失：自 %@ 起未付费到店")
    public let vehicles = Msg(en: "Vehicles", zh: "车辆")
    public let visits = Msg(en: "Visits", zh: "到店记录")
    public let none = Msg(en: "(none)", zh: "（无）")
    public let cardKeys = Msg(en: "%1$@ new complaint  %2$@/%3$@ scroll  %4$@ back", zh: "%1$@ 新投诉  %2$@/%3$@ 翻页  %4$@ 返回")
    public let customerGone = Msg(en: "This customer is no longer in the store", zh: "该客户已不在数据中")
}

extension MessageCatalog {
    public static let customers = CustomerMessages()
}

extension Action {
    public static let search: Action = "search"
}

extension ActionDescriptions {
    public static let customers = ActionDescriptions([
        (.search, Msg(en: "Search as you type", zh: "边输入边搜索")),
    ])
}
