import RevisitCore

/// Names of the domain's fixed values as the screens show them.
public struct DomainNames: MessageGroup {
    public let maintenance = Msg(en: "maintenance", zh: "保养")
    public let repair = Msg(en: "repair", zh: "维修")
    public let warranty = Msg(en: "warranty", zh: "索赔")
    public let insurance = Msg(en: "insurance", zh: "保险")
    public let bodywork = Msg(en: "bodywork", zh: "钣喷")
    public let delivery = Msg(en: "delivery", zh: "新车交付")
    public let promo = Msg(en: "promo", zh: "活动")
    public let potential = Msg(en: "potential", zh: "潜在客户")
    public let intending = Msg(en: "intending", zh: "意向客户")
    public let retained = Msg(en: "retained", zh: "保有客户")
    public let lostSale = Msg(en: "lost sale", zh: "战败客户")
    public let reception = Msg(en: "reception", zh: "前台接待")
    public let cashier = Msg(en: "cashier", zh: "收银")
    public let parts = Msg(en: "parts", zh: "配件")
    public let serviceAdvisor = Msg(en: "service advisor", zh: "服务顾问")
    public let workshop = Msg(en: "workshop", zh: "车间")
    public let paintShop = Msg(en: "paint shop", zh: "钣喷车间")
    public let carWash = Msg(en: "car wash", zh: "洗车")
    public let customerService = Msg(en: "customer service", zh: "客服")
    public let speedQuestion = Msg(en: "speed", zh: "速度")
    public let pricesQuestion = Msg(en: "prices", zh: "价格")
    public let staffQuestion = Msg(en: "staff", zh: "服务")
    public let qualityQuestion = Msg(en: "quality", zh: "质量")
    public let visitQuestion = Msg(en: "visit", zh: "到店")

    public func name(of type: VisitType) -> Msg {
        switch type {
        case .maintenance: maintenance
        case .repair: repair
        case .warranty: warranty
        case .insurance: insurance
        case .bodywork: bodywork
        case .delivery: delivery
        case .promo: promo
        }
    }

    /// A department as the screens name it: the shop's default departments (`ShopConfig`)
    /// in the screen's language, any other as the shop wrote it in its settings.
    public func department(_ id: String, _ language: Language) -> String {
        Self.named(id, ["reception": reception, "cashier": cashier, "parts": parts, "service-advisor": serviceAdvisor,
                        "workshop": workshop, "paint-shop": paintShop, "car-wash": carWash,
                        "customer-service": customerService], language)
    }

    /// A survey question in a short list of ratings: the default questions' ids (`ShopConfig`)
    /// in the screen's language, any other as the shop wrote it.
    public func question(_ id: String, _ language: Language) -> String {
        Self.named(id, ["speed": speedQuestion, "prices": pricesQuestion, "staff": staffQuestion,
                        "quality": qualityQuestion, "visit": visitQuestion], language)
    }

    /// A configured id's name from `names`, or the id itself.
    private static func named(_ id: String, _ names: KeyValuePairs<String, Msg>, _ language: Language) -> String {
        names.first { $0.key == id }?.value[language] ?? id
    }

    public func name(of customerClass: CustomerClass) -> Msg {
        switch customerClass {
        case .potential: potential
        case .intending: intending
        case .retained: retained
        case .lostSale: lostSale
        }
    }
}

extension MessageCatalog {
    public static let domain = DomainNames()
}
