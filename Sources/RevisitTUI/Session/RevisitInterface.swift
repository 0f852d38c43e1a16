import Foundation
import RevisitCore
import RevisitStore

/// Opens the terminal interface on a store for a staff member, and runs it until quit.
public enum RevisitInterface {
    public static func run(store: RevisitStore, actor: StaffMember, clock: @escaping () -> CivilTime) throws -> ExitReason {
        let environment = ProcessInfo.processInfo.environment
        let language = Language.resolve(configured: store.config.language.isEmpty ? nil : store.config.language,
                                        environment: environment)
        guard let directory = Keymap.shippedDirectory() else {
            throw TerminalOpenError(description: MessageCatalog.demo.keymapsNotFound[language])
        }
        let keymap = try Keymap.load(defaultFile: directory + "/default.keymap", userFile: Keymap.userFile())
        let session = StoreSession(store: store, actor: actor, clock: clock)
        let terminal = try NCursesTerminal()
        defer { terminal.restore() }
        var app = App(root: Navigator.home(for: actor), keymap: keymap, language: language, size: terminal.size)
        return AppLoop.run(&app, terminal: terminal, runCommand: runner(session))
    }

    /// Runs `StoreQuery`s against the session; other commands are not the store's.
    public static func runner(_ session: StoreSession) -> (any AppCommand) -> Any? {
        { command in (command as? StoreQuery)?.body(session) }
    }
}
