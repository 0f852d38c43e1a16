/// One line of help: the keys and what the action does.
public struct HelpEntry: Equatable, Sendable {
    public let keys: String
    public let description: String
}

public struct HelpSection: Equatable, Sendable {
    public let title: String
    public let entries: [HelpEntry]
}

/// Help generated from the active keymap, so it is never out of date: a section per
/// active context (most specific first, `global` last). Each action appears once, in
/// the most specific context that decides one of its keys, with all its working keys,
/// in catalog order;
/// keys shadowed or unbound by a more specific context are left out. The global keys that
/// go to another screen (`screens`, in that order) get a section of their own just before
/// `global`'s, where a short terminal still shows it on the first page.
public enum HelpBuilder {
    public static func sections(keymap: Keymap, contexts: [KeyContext], language: Language, screens: [Action] = []) -> [HelpSection] {
        let chain = contexts.filter { $0 != .global } + [.global]
        var keysByAction: [Action: [Key]] = [:]
        var home: [Action: KeyContext] = [:]
        for context in chain {
            for key in keymap.keys(in: context) {
                guard let decision = keymap.decision(for: key, in: chain), decision.context == context,
                      let action = decision.action else { continue }
                keysByAction[action, default: []].append(key)
                if home[action] == nil { home[action] = context }
            }
        }
        let entry = { (action: Action) -> HelpEntry in
            let keys = keysByAction[action, default: []].sorted(by: Key.helpOrder)
            let description = ActionCatalog.descriptions[action]?[language] ?? action.name
            return HelpEntry(keys: keys.map(\.name).joined(separator: ", "), description: description)
        }
        let goingPlaces = screens.filter { home[$0] == .global }
        let section = { (context: KeyContext) -> HelpSection? in
            let actions = keysByAction.keys.filter { home[$0] == context && !goingPlaces.contains($0) }
            let entries = actions.sorted { (ActionCatalog.order[$0] ?? .max, $0.name) < (ActionCatalog.order[$1] ?? .max, $1.name) }
                .map(entry)
            return entries.isEmpty ? nil : HelpSection(title: context.displayName[language], entries: entries)
        }
        let screensSection = goingPlaces.isEmpty ? nil : HelpSection(title: MessageCatalog.app.helpScreens[language],
                                                                     entries: goingPlaces.map(entry))
        return chain.dropLast().compactMap(section) + [screensSection, section(.global)].compactMap { $0 }
    }
}
