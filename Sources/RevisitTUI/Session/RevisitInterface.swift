import Foundation
import RevisitCore
import RevisitStore

/// Opens the terminal interface on a store for a staff member, and runs it until quit.
public enum RevisitInterface {
    public static func run(store: RevisitStore, actor: StaffMember, clock: @escaping () -> CivilTime) throws -> ExitReason {
        let environment = ProcessInfo.processInfo.environment
        let language = Language.resolve(personal: actor.language, configured: store.config.language, environment: environment)
        guard let directory = Keymap.shippedDirectory() else {
            throw TerminalOpenError(description: MessageCatalog.demo.keymapsNotFound[language])
        }
        let keymap = try Keymap.load(defaultFile: directory + "/default.keymap", userFile: Keymap.userFile())
        let session = StoreSession(store: store, actor: actor, clock: clock)
        let terminal = try NCursesTerminal()
        defer { terminal.restore() }
        var app = App(root: Navigator.home(for: actor), keymap: keymap, language: language, size: terminal.size)
        let leftOut = store.leftOut.count
        if leftOut > 0 { app.announce(MessageCatalog.app.leftOut.format(language, leftOut), kind: .error) }
        let kept = DraftFile(store: store.directory, login: actor.login).load()
        if !kept.isEmpty { app.push(DraftOfferScreen(drafts: kept, language: language)) }
        let reason = AppLoop.run(&app, terminal: terminal, runCommand: runner(session))
        if case .signal = reason { keepDrafts(of: app, session: session) }
        return reason
    }

    /// Runs `StoreQuery`s against the session, and keeps or drops drafts; other commands are
    /// not the store's.
    public static func runner(_ session: StoreSession) -> (any AppCommand) -> Any? {
        { command in
            if let handled = command as? ForgetDrafts {
                try? DraftFile(store: session.store.directory, login: session.actor.login).forget(handled.drafts)
                return nil
            }
            if let answer = ReportCommands.run(command, session: session) { return answer }
            return (command as? StoreQuery)?.body(session)
        }
    }

    /// Saves every screen's unsaved input, added to drafts not yet resumed.
    public static func keepDrafts(of app: App, session: StoreSession) {
        try? DraftFile(store: session.store.directory, login: session.actor.login).keep(DraftKinds.drafts(in: app.stack))
    }
}
