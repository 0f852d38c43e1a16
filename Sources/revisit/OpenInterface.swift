import Foundation

/// Opens the terminal interface on a store (filled in when the TUI lands).
enum OpenInterface {
    static func run(storeURL: URL) throws {
        throw Refusal("the terminal interface is not built yet; use the CLI subcommands")
    }
}
