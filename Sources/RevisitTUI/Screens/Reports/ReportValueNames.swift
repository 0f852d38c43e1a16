import RevisitCore

/// A report's fixed values, which it holds as the journal spells them (`in-progress`,
/// `repair-quality`, `no-answer`), named in the screen's language as the call and complaint
/// screens name them. A spelling none of them knows is shown as it is.
struct ReportValueNames {
    let language: Language
    private let complaints = MessageCatalog.complaintNames
    private let calls = MessageCatalog.call
    private let reports = MessageCatalog.reports

    func status(_ spelling: String) -> String { named(ComplaintStatus(rawValue: spelling), spelling, complaints.name(of:)) }

    func category(_ spelling: String) -> String { named(ComplaintCategory(rawValue: spelling), spelling, complaints.name(of:)) }

    /// The category's name if it fits `width` cells, else its short name (the complaint queue's):
    /// "calidad del servicio" is "servicio" in a column of 17.
    func category(_ spelling: String, fitting width: Int) -> String {
        let name = category(spelling)
        guard DisplayWidth.of(name) > width, let value = ComplaintCategory(rawValue: spelling) else { return name }
        return complaints.shortName(of: value)[language]
    }

    func crisis(_ spelling: String) -> String { named(ComplaintCrisis(rawValue: spelling), spelling, complaints.name(of:)) }

    func outcome(_ spelling: String) -> String { named(CallOutcome(rawValue: spelling), spelling, calls.name(of:)) }

    func cause(_ spelling: String) -> String { named(WinBackCause(rawValue: spelling), spelling, calls.name(of:)) }

    /// Why a follow-up was missed: `expired` or `unreachable` (see `MissedFollowup`).
    func missedReason(_ spelling: String) -> String {
        switch spelling {
        case "expired": reports.expired[language]
        case "unreachable": reports.unreachable[language]
        default: spelling
        }
    }

    private func named<T>(_ value: T?, _ spelling: String, _ name: (T) -> Msg) -> String {
        value.map { name($0)[language] } ?? spelling
    }
}
