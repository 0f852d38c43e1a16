import RevisitStore

/// A screen whose unsaved input can outlive the process: it turns its input into a draft and
/// can be rebuilt from one. A new kind of form adds one entry to `DraftKinds.restorers`.
public protocol DraftKeeping: Screen {
    /// nil when there is nothing worth keeping.
    var draft: Draft? { get }
}

public enum DraftKinds {
    public static let restorers: [String: @Sendable (Draft) -> (any Screen)?] = [
        ComplaintFormScreen.draftKind: { ComplaintFormScreen(draft: $0) },
        CallScreen.draftKind: { CallScreen(draft: $0) },
        ComplaintPromptHost.draftKind: { ComplaintCardScreen(draft: $0) },
    ]

    /// The drafts of every screen on the stack, top first.
    public static func drafts(in stack: [any Screen]) -> [Draft] {
        stack.reversed().compactMap { ($0 as? any DraftKeeping)?.draft }
    }
}
