public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case chinese = "zh"

    /// The store's configured language if it names one ("zh", "zh-CN", "en", ...),
    /// else the locale ($LC_ALL, then $LC_MESSAGES, then $LANG: the first one set)
    /// starting with "zh" means Chinese, else English.
    public static func resolve(configured: String?, environment: [String: String]) -> Language {
        if let configured, let language = Language(code: configured) { return language }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .chinese : .english
            }
        }
        return .english
    }

    /// "zh", "zh_CN.UTF-8", "zh-Hans" -> Chinese; "en", "en_US" -> English; else nil.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("zh") { self = .chinese } else if lower.hasPrefix("en") { self = .english } else { return nil }
    }
}
