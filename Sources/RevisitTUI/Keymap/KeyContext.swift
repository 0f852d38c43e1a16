/// Where a binding applies: a family of screens, `text` for editing keys in a
/// focused field, `help` and `confirm` for the overlays, or `global`.
public enum KeyContext: String, CaseIterable, Sendable {
    case global
    case list
    case card
    case queue
    case call
    case complaintForm = "complaint-form"
    case complaints
    case reports
    case help
    case text
    case confirm

    public var displayName: Msg { MessageCatalog.contexts.name(of: self) }
}
