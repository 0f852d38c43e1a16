import ArgumentParser

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the terminal interface (the default).")
    @OptionGroup var options: StoreOptions

    func run() throws { try OpenInterface.run(storeURL: options.url) }
}
