/// The shop's settings, kept in the store's config.toml. Every span a rule uses is here,
/// with the defaults the issues name.
public struct ShopConfig: Sendable, Equatable {
    public var shopName = "Revisit"
    /// One of `languages`; empty means: follow $LANG.
    public var language = ""
    /// The languages the screens speak: English, Simplified Chinese, Korean, Spanish.
    public static let languages = ["en", "zh", "ko", "es"]

    /// Whether `code` may stand as a language setting (the store's or a person's): one of
    /// `languages`, or empty for "follow what comes next".
    public static func isLanguageSetting(_ code: String) -> Bool { code.isEmpty || languages.contains(code) }
    /// The shop's time zone (IANA name); domain times are local to it.
    public var timeZone = "Asia/Shanghai"
    public var callingWindows = [TimeWindow(start: 10 * 60, end: 12 * 60), TimeWindow(start: 15 * 60, end: 18 * 60)]
    public var rules = RuleSpans()
    public var businessHours = BusinessHours()
    public var departments = ["reception", "cashier", "parts", "service-advisor", "workshop",
                              "paint-shop", "car-wash", "customer-service"]
    public var survey = SurveyQuestion.defaults
    public var csiTarget = 93.0

    public init() {}
}

/// A span of the day in minutes after midnight, `start` inclusive, `end` exclusive.
public struct TimeWindow: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }

    /// "10:00-12:00"
    public init?(_ text: String) {
        guard case .success(let window) = Self.parse(text) else { return nil }
        self = window
    }

    /// The window `text` writes, or what is wrong with it, for a config message.
    public static func parse(_ text: String) -> Result<TimeWindow, Problem> {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let s = minutes(parts[0]), let e = minutes(parts[1]) else { return .failure(.notAWindow) }
        guard s < e else { return .failure(.endsBeforeItStarts) }
        return .success(TimeWindow(start: s, end: e))
    }

    public enum Problem: Error, CustomStringConvertible {
        case notAWindow, endsBeforeItStarts
        public var description: String {
            switch self {
            case .notAWindow: "is not HH:MM-HH:MM (hours 00 to 24, minutes 00 to 59)"
            case .endsBeforeItStarts: "ends before it starts; a window lies within one day"
            }
        }
    }

    static func minutes(_ hhmm: Substring) -> Int? {
        let p = hhmm.trimmingSpaces.split(separator: ":")
        guard p.count == 2, let h = Int(p[0]), let m = Int(p[1]), (0...24).contains(h), (0..<60).contains(m),
              h * 60 + m <= 1440 else { return nil }
        return h * 60 + m
    }

    public var description: String {
        "\(Digits.pad(start / 60, 2)):\(Digits.pad(start % 60, 2))-\(Digits.pad(end / 60, 2)):\(Digits.pad(end % 60, 2))"
    }
}

public struct RuleSpans: Sendable, Equatable {
    public var satisfactionDueDays = 3
    public var satisfactionOverdueDays = 7
    public var satisfactionExpireDays = 15
    /// 0 turns the second follow-up off.
    public var secondFollowupDays = 7
    public var secondFollowupOverdueDays = 7
    public var secondFollowupExpireDays = 14
    public var newCarDueDays = 3
    public var newCarOverdueDays = 7
    public var newCarExpireDays = 15
    public var maintenanceLeadDays = 7
    public var maintenanceExpireDays = 30
    public var maintenanceIntervalMonths = 6
    public var firstServiceAfterDeliveryMonths = 3
    public var winBackMonths = 12
    public var winBackQuietDays = 90
    public var retryMinutes = 120
    public var maxAttempts = 3
    public var claimMinutes = 15
    public init() {}
}

public struct BusinessHours: Sendable, Equatable {
    /// ISO weekdays the shop is open: Monday = 1 ... Sunday = 7.
    public var weekdays: Set<Int> = [1, 2, 3, 4, 5, 6]
    public var window = TimeWindow(start: 8 * 60 + 30, end: 18 * 60)
    public var holidays: Set<CivilDate> = []
    public var firstContactMinutes = 60
    public var escalateAfterDays = 2
    public init() {}
}

public struct SurveyQuestion: Sendable, Equatable {
    public var id: String
    /// Text per language code ("en", "zh", "ko", "es", ...).
    public var text: [String: String]
    public var department: String

    public init(id: String, text: [String: String], department: String) {
        self.id = id; self.text = text; self.department = department
    }

    /// The question in `language`, else in English. A store made before a language was added
    /// keeps the default questions' older texts, so one of those takes the default's translation.
    public func text(in language: String) -> String {
        if let own = text[language] { return own }
        if let standard = Self.defaults.first(where: { $0.id == id && $0.text["en"] == text["en"] }), let t = standard.text[language] {
            return t
        }
        return text["en"] ?? id
    }

    /// The satisfaction call's rated questions, in the order the desk asks them.
    public static let defaults: [SurveyQuestion] = [
        .init(id: "speed", text: ["en": "Speed at reception, completion and checkout", "zh": "接车、交车、结算速度", "ko": "접수, 출고, 정산 속도", "es": "Rapidez en recepción, entrega y caja"], department: "reception"),
        .init(id: "prices", text: ["en": "Parts prices and labour hours", "zh": "配件价格和工时费", "ko": "부품 가격과 공임", "es": "Precio de repuestos y mano de obra"], department: "parts"),
        .init(id: "staff", text: ["en": "Advisor quoted before work and explained each item after", "zh": "维修前报价、维修后逐项说明", "ko": "작업 전 견적, 작업 후 항목별 설명", "es": "Presupuesto previo y explicación de cada partida"], department: "service-advisor"),
        .init(id: "quality", text: ["en": "Repair quality, paint quality, cleanliness", "zh": "维修质量、油漆质量、清洁", "ko": "수리 품질, 도장 품질, 청결", "es": "Calidad de reparación y pintura, limpieza"], department: "workshop"),
        .init(id: "visit", text: ["en": "How the visit to the shop went (arrival, waiting)", "zh": "到店和等候的感受", "ko": "방문과 대기 경험", "es": "Cómo fue la visita al taller (llegada, espera)"], department: "reception"),
    ]
}
