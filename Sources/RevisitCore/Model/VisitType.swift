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

    /// `init(spelled:)` for an exact spelling read from bytes: an English name in any ASCII
    /// case, or a Chinese name. Nil for anything else, which `init(spelled:)` then decides.
    public init?(plainUTF8 bytes: UnsafeRawBufferPointer) {
        let match = VisitType.allCases.first { type in
            ASCIIBytes.equalIgnoringCase(bytes, type.rawValue) || ASCIIBytes.equal(bytes, type.chineseName)
        }
        guard let match else { return nil }
        self = match
    }

    /// Visits during free promotional events do not count as coming back.
    public var isPaying: Bool { self != .promo }
}
