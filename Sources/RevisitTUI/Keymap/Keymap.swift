/// Which action each key means in each context. Built from keymap files: the
/// default one, then the user's on top. Lookup tries the given contexts in order,
/// then `global`. `unbind` leaves a tombstone: the key then does nothing in that
/// context, and the global binding does not show through.
public struct Keymap: Equatable, Sendable {
    /// nil value: explicitly unbound in that context.
    private var bindings: [KeyContext: [Key: Action?]] = [:]

    public init() {}

    public static let empty = Keymap()

    public mutating func bind(_ key: Key, to action: Action, in context: KeyContext) {
        bindings[context, default: [:]][key] = .some(action)
    }

    public mutating func unbind(_ key: Key, in context: KeyContext) {
        bindings[context, default: [:]][key] = .some(nil)
    }

    /// The action for `key`: the first of `contexts` that mentions the key decides
    /// (an unbound key stops the search), else `global`.
    public func action(for key: Key, in contexts: [KeyContext]) -> Action? {
        decision(for: key, in: contexts)?.action
    }

    /// The context whose binding (or unbinding) of `key` wins, and the action it gives.
    public func decision(for key: Key, in contexts: [KeyContext]) -> (context: KeyContext, action: Action?)? {
        for context in contexts + [.global] {
            if let entry = bindings[context]?[key] { return (context, entry) }
        }
        return nil
    }

    /// The keys bound in one context (not the global fallback), unbindings excluded.
    public func keys(in context: KeyContext) -> [Key] {
        (bindings[context] ?? [:]).compactMap { $0.value == nil ? nil : $0.key }
    }

    /// The keys that trigger `action` when `contexts` are active, shadowed keys excluded.
    public func keys(for action: Action, in contexts: [KeyContext]) -> [Key] {
        let candidates = Set((contexts + [.global]).flatMap { keys(in: $0) })
        return candidates.filter { self.action(for: $0, in: contexts) == action }.sorted(by: Key.helpOrder)
    }
}

extension Key {
    /// Single characters first, then named keys, each alphabetically ignoring case,
    /// lower case first: "q, Q, Esc".
    static func helpOrder(_ a: Key, _ b: Key) -> Bool {
        let (na, nb) = (a.name, b.name)
        if (na.count == 1) != (nb.count == 1) { return na.count == 1 }
        if na.lowercased() != nb.lowercased() { return na.lowercased() < nb.lowercased() }
        return na > nb
    }
}
