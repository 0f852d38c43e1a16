import RevisitCore

/// Names of the domain's fixed values as the screens show them.
public struct DomainNames: MessageGroup {
    public let maintenance = Msg(en: "maintenance", zh: "保养", ko: "정비", es: "mantenimiento")
    public let repair = Msg(en: "repair", zh: "维修", ko: "수리", es: "reparación")
    public let warranty = Msg(en: "warranty", zh: "索赔", ko: "보증 수리", es: "garantía")
    public let insurance = Msg(en: "insurance", zh: "保险", ko: "보험 수리", es: "seguro")
    public let bodywork = Msg(en: "bodywork", zh: "钣喷", ko: "판금·도장", es: "chapa y pintura")
    public let delivery = Msg(en: "delivery", zh: "新车交付", ko: "신차 출고", es: "entrega")
    public let promo = Msg(en: "promo", zh: "活动", ko: "프로모션", es: "promoción")
    public let potential = Msg(en: "potential", zh: "潜在客户", ko: "잠재 고객", es: "potencial")
    public let intending = Msg(en: "intending", zh: "意向客户", ko: "가망 고객", es: "interesado")
    public let retained = Msg(en: "retained", zh: "保有客户", ko: "보유 고객", es: "fidelizado")
    public let lostSale = Msg(en: "lost sale", zh: "战败客户", ko: "이탈 고객", es: "venta perdida")
    public let reception = Msg(en: "reception", zh: "前台接待", ko: "접수", es: "recepción")
    public let cashier = Msg(en: "cashier", zh: "收银", ko: "수납", es: "caja")
    public let parts = Msg(en: "parts", zh: "配件", ko: "부품", es: "repuestos")
    public let serviceAdvisor = Msg(en: "service advisor", zh: "服务顾问", ko: "서비스 어드바이저", es: "asesor de servicio")
    public let workshop = Msg(en: "workshop", zh: "车间", ko: "정비 작업장", es: "taller")
    public let paintShop = Msg(en: "paint shop", zh: "钣喷车间", ko: "판금·도장 작업장", es: "taller de chapa y pintura")
    public let carWash = Msg(en: "car wash", zh: "洗车", ko: "세차", es: "lavado")
    public let customerService = Msg(en: "customer service", zh: "客服", ko: "고객 서비스", es: "atención al cliente")
    public let speedQuestion = Msg(en: "speed", zh: "速度", ko: "신속성", es: "rapidez")
    public let pricesQuestion = Msg(en: "prices", zh: "价格", ko: "가격", es: "precios")
    public let staffQuestion = Msg(en: "staff", zh: "服务", ko: "직원 응대", es: "personal")
    public let qualityQuestion = Msg(en: "quality", zh: "质量", ko: "품질", es: "calidad")
    public let visitQuestion = Msg(en: "visit", zh: "到店", ko: "방문", es: "visita")

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
