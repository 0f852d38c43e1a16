/// What a repair order was for. Spelled in English in the journal and the CLI; the
/// import also accepts the Chinese names a dealer management system exports.
public enum VisitType: String, CaseIterable, Sendable, Codable {
    case maintenance, repair, warranty, insurance, bodywork, delivery, promo

    public var chineseName: String {
        switch self {
        case .maintenance: "保养"
        case .repair: "维修"
        case .warranty: "索赔"
        case .insurance: "保险"
        case .bodywork: "钣喷"
        case .delivery: "新车交付"
        case .promo: "活动"
        }
    }

    public init?(spelled text: String) {
        let t = text.trimmingSpaces.lowercased()
        if let v = VisitType(rawValue: t) { self = v; return }
        guard let v = VisitType.allCases.first(where: { $0.chineseName == t }) else { return nil }
        self = v
    }

    /// Visits during free promotional events do not count as coming back.
    public var isPaying: Bool { self != .promo }
}
