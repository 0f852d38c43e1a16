import ArgumentParser
import RevisitCore

struct ComplaintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaint", abstract: "Open, work and list complaints.",
        subcommands: [ComplaintOpenCommand.self, ComplaintUpdateCommand.self, ComplaintListCommand.self,
                      ComplaintShowCommand.self])
}

/// Parses an option's spelled value (`--category parts-quality`), naming the option when it is wrong.
func spelled<E: RawRepresentable & CaseIterable>(_ text: String?, _ option: String) throws -> E? where E.RawValue == String {
    try text.map { text throws(CommandError) in try E.parse(text, what: option) }
}

func civilDate(_ text: String?, _ option: String) throws -> CivilDate? {
    guard let text else { return nil }
    guard let d = CivilDate(text) else { throw Refusal("\(option) \(text) " + BadDateText.date(text)) }
    return d
}
