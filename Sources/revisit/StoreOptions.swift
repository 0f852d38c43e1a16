import ArgumentParser
import Foundation

/// `--store DIR`, else `$REVISIT_STORE`, else `~/.local/share/revisit`.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The store directory (default: $REVISIT_STORE, else ~/.local/share/revisit).")
    var store: String?

    init() {}

    init(storeURL: URL) { store = storeURL.path }

    var url: URL {
        if let store { return URL(fileURLWithPath: store) }
        if let env = ProcessInfo.processInfo.environment["REVISIT_STORE"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return Self.home.appendingPathComponent(".local/share/revisit")
    }

    /// `$HOME`, as the shell's `~` and the keymap's folder are, else the login's home directory
    /// (Foundation's `homeDirectoryForCurrentUser` reads only the latter, ignoring `HOME=…`).
    static var home: URL {
        if let home = Session.environment("HOME") { return URL(fileURLWithPath: home) }
        return FileManager.default.homeDirectoryForCurrentUser
    }
}

/// `--format text|json` (and csv where a command offers it).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}
