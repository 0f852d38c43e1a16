/// A screen's messages: a struct whose stored properties are all `Msg`. Each screen
/// adds its own group file and one line to `MessageCatalog.groups`.
public protocol MessageGroup: Sendable {
    /// Every message in the group with a name for error reports.
    var messages: [(name: String, msg: Msg)] { get }
}

extension MessageGroup {
    /// By default the stored `Msg` properties, found by reflection, so a new property
    /// is checked by the completeness test without being listed twice.
    public var messages: [(name: String, msg: Msg)] {
        Mirror(reflecting: self).children.compactMap { child in
            (child.value as? Msg).map { (child.label ?? "?", $0) }
        }
    }
}

public enum MessageCatalog {
    public static let groups: [any MessageGroup] = [
        AppMessages(), ContextMessages(), DemoMessages(), ReportMessages(), DomainNames(), CustomerMessages(), DraftMessages(),
        ComplaintMessages(), ComplaintNames(), QueueMessages(), CallMessages(), DateEntryMessages(), RefusalMessages(),
    ] + ActionCatalog.groups

    /// Every message, with "Group.property" names: for the completeness test.
    public static var allMessages: [(name: String, msg: Msg)] {
        groups.flatMap { group in
            group.messages.map { ("\(type(of: group)).\($0.name)", $0.msg) }
        }
    }
}
