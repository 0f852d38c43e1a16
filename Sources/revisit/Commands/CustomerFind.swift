import ArgumentParser
import Foundation
import RevisitCore
import RevisitTUI

/// The customer list's search on the command line: the same matching (name, id, phone or
/// plate, accents, spaces and dashes optional), customers in the order they were added.
struct CustomerFind: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "find",
        abstract: "Find customers whose name, id, phone or plate contains TEXT, as the customer list's search does.",
        discussion: "Exits 1 when none matches. When more match than --limit, standard error says how many.")

    @OptionGroup var options: StoreOptions
    @Argument(help: "Part of a name, id, phone or plate (nunez finds Núñez, 京a12 finds 京A·12345).") var text: String
    @Option(help: "Show at most this many (1 or more).") var limit = 50
    @Option(help: "text, csv or json.") var format: OutputFormat = .text

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit \(limit): give 1 or more") }
        guard !CustomerSearchIndex.normalize(text).isEmpty else {
            throw ValidationError("give part of a name, id, phone or plate to find (\(String(reflecting: text)) has nothing to search for)")
        }
    }

    func run() throws {
        let session = try Session(options)
        let state = session.store.state
        let matches = CustomerSearchIndex(state).search(text, limit: limit)
        guard matches.total > 0 else {
            throw CommandError.notFound("no customer's name, id, phone or plate contains \(String(reflecting: text))")
        }
        let found = matches.ids.compactMap { CustomerListing($0, in: state) }
        switch format {
        case .json:
            print(try JSONOutput.string(["query": text, "total": matches.total, "customers": found.map(Self.json)] as [String: Any]))
        case .csv:
            print(CSVOutput.line(["id", "name", "phone", "plates", "last_visit", "do_not_call"]))
            for c in found {
                print(CSVOutput.line([c.id, c.name, c.phone, c.plates.joined(separator: " "), c.lastVisit?.description ?? "",
                                      CSVOutput.flag(c.doNotCall)]))
            }
        case .text:
            var out = ""
            for c in found { out += Self.line(c) + "\n" }
            print(Sanitizer.keepingLineBreaks(out), terminator: "")
        }
        if matches.total > found.count {
            let note = "revisit: \(found.count) of \(matches.total) matching customers shown; --limit \(matches.total) shows them all\n"
            FileHandle.standardError.write(Data(note.utf8))
        }
    }

    static func line(_ c: CustomerListing) -> String {
        var line = "\(c.id)  \(c.name)  \(c.phone)  \(c.plates.joined(separator: " "))"
        if let last = c.lastVisit { line += "  last visit \(last)" }
        if c.doNotCall { line += "  do not call" }
        return line
    }

    static func json(_ c: CustomerListing) -> [String: Any] {
        ["id": c.id, "name": c.name, "phone": c.phone, "plates": c.plates,
         "last_visit": JSONOutput.value(c.lastVisit), "do_not_call": c.doNotCall]
    }
}
