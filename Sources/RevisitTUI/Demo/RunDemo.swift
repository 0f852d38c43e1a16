import Foundation

/// Opens the real terminal with the demo screen (try it in tmux). Keymaps come from
/// the shipped directory (see `Keymap.shippedDirectory`) and the user's file; the
/// language from `language` or the locale.
public func runDemo(language: Language? = nil) throws -> ExitReason {
    let environment = ProcessInfo.processInfo.environment
    let chosen = language ?? Language.resolve(configured: nil, environment: environment)
    guard let directory = Keymap.shippedDirectory() else {
        throw TerminalOpenError(description: MessageCatalog.demo.keymapsNotFound[chosen])
    }
    let keymap = try Keymap.load(defaultFile: directory + "/default.keymap", userFile: Keymap.userFile())
    let terminal = try NCursesTerminal()
    defer { terminal.restore() }
    var app = App(root: DemoScreen(language: chosen), keymap: keymap, language: chosen, size: terminal.size)
    return AppLoop.run(&app, terminal: terminal)
}
