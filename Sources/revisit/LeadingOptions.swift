import ArgumentParser

/// `--store` typed before the subcommand. `open` is the default subcommand, so the parser
/// hands it everything that comes before a subcommand's name, and `revisit --store S queue`
/// would fail with "unexpected arguments": the option is moved to where the parser expects it.
enum LeadingOptions {
    static func inPlace(_ arguments: [String], subcommands: Set<String>) -> [String] {
        var storeOption: [String] = []
        var rest = arguments[...]
        if rest.first == "--store", rest.count >= 2 {
            storeOption = Array(rest.prefix(2))
            rest = rest.dropFirst(2)
        } else if let first = rest.first, first.hasPrefix("--store=") {
            storeOption = [first]
            rest = rest.dropFirst()
        }
        guard !storeOption.isEmpty, let name = rest.first, subcommands.contains(name) else { return arguments }
        // After the subcommand's own arguments, but never after a `--` that ends the options.
        var moved = Array(rest)
        moved.insert(contentsOf: storeOption, at: moved.firstIndex(of: "--") ?? moved.endIndex)
        return moved
    }
}

extension RevisitCommand {
    static var subcommandNames: Set<String> {
        Set(configuration.subcommands.map { $0._commandName })
    }
}
