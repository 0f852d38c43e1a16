public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case chinese = "zh"
    case korean = "ko"
    case spanish = "es"

    /// The person's language if the staff file names one, else the store's configured one
    /// ("zh", "zh-CN", "ko", "es", "en", ...), else the locale ($LC_ALL, then $LC_MESSAGES, then
    /// $LANG: the first one set) if it starts with one of those codes, else English.
    public static func resolve(personal: String? = nil, configured: String?, environment: [String: String]) -> Language {
        for chosen in [personal, configured] {
            if let chosen, let language = Language(code: chosen) { return language }
        }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], !value.isEmpty {
                return Language(code: value) ?? .english
            }
        }
        return .english
    }

    /// "zh", "zh_CN.UTF-8", "zh-Hans" -> Chinese; "ko_KR.UTF-8" -> Korean; "es_MX" -> Spanish;
    /// "en", "en_US" -> English; else nil.
    public init?(code: String) {
        let lower = code.lowercased()
        guard let language = Language.allCases.first(where: { lower.hasPrefix($0.rawValue) }) else { return nil }
        self = language
    }
}
