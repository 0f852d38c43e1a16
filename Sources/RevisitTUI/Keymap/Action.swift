/// What a key means on a screen: a named operation, as bound in the keymap.
/// Screens handle actions, never raw keys. Each screen declares its own actions
/// in an `extension Action` and describes them in an `ActionDescriptions` group.
public struct Action: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public init(stringLiteral name: String) { self.name = name }
    public var description: String { name }
}

/// A screen's (or a family's) actions with their human descriptions for help.
public struct ActionDescriptions: MessageGroup {
    public let entries: [(action: Action, description: Msg)]

    public init(_ entries: [(action: Action, description: Msg)]) {
        self.entries = entries
    }

    public var messages: [(name: String, msg: Msg)] {
        entries.map { ($0.action.name, $0.description) }
    }
}

/// Every known action: the keymap refuses names not listed here.
/// A new screen adds its `ActionDescriptions` group with one line below.
public enum ActionCatalog {
    public static let groups: [ActionDescriptions] = [.general, .textEditing, .navigation, .customers, .reports, .drafts, .complaints, .queue, .call]

    public static let descriptions: [Action: Msg] = {
        var all: [Action: Msg] = [:]
        for group in groups {
            for entry in group.entries { all[entry.action] = entry.description }
        }
        return all
    }()

    public static var known: Set<Action> { Set(descriptions.keys) }

    /// Position in the catalog: help lists actions in this order.
    public static let order: [Action: Int] = {
        var order: [Action: Int] = [:]
        for (index, action) in groups.flatMap({ $0.entries.map(\.action) }).enumerated() where order[action] == nil {
            order[action] = index
        }
        return order
    }()
}
