import ArgumentParser

struct RevisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revisit",
        abstract: "Follow-up calls, complaints and reports for a dealership's after-sales desk.",
        discussion: "With no subcommand, opens the terminal interface on the store.",
        subcommands: [
            Open.self, Init.self, Share.self, Staff.self, Import.self, CustomerCommand.self, QueueCommand.self, CallCommand.self, ComplaintCommand.self, Check.self, Demo.self,
            ReportCommand.self,
        ],
        defaultSubcommand: Open.self
    )
}
