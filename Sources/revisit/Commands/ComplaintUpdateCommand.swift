import ArgumentParser
import RevisitCore

struct ComplaintUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change a complaint: status, note, contact, resolution, responsible person, deadline.")

    @OptionGroup var options: StoreOptions
    @Argument(help: "The complaint id, e.g. P000001.") var id: String
    @Option(help: "\(ComplaintStatus.allCases.map(\.rawValue).joined(separator: ", ")).") var status: String?
    @Option(help: "A note for the history (the reason, when a signed deadline changes).") var note: String?
    @Flag(help: "The customer was contacted.") var contacted = false
    @Option(help: "What was done to solve it.") var resolution: String?
    @Option(help: "Responsible person's login (a supervisor reassigns).") var responsible: String?
    @Option(help: "Responsible department.") var department: String?
    @Option(help: "New owner's login (supervisors only).") var owner: String?
    @Option(help: "Deadline YYYY-MM-DD, signed by you.") var deadline: String?
    @Option(help: "Reclassify: \(ComplaintCategory.allCases.map(\.rawValue).joined(separator: ", ")).") var category: String?
    @Option(help: "\(ComplaintCrisis.allCases.map(\.rawValue).joined(separator: ", ")).") var crisis: String?
    @Option(help: "When it happened, YYYY-MM-DD HH:MM (default: now).") var at: String?

    func run() throws {
        let session = try Session(options)
        let update = ComplaintUpdate(
            status: try spelled(status, "--status"), contacted: contacted, category: try spelled(category, "--category"),
            crisis: try spelled(crisis, "--crisis"), department: department, responsible: responsible, owner: owner,
            deadline: try civilDate(deadline, "--deadline"), resolution: resolution)
        let after = try session.perform(UpdateComplaint(id: id, update: update, note: note ?? ""),
                                        at: session.time(at, option: "--at"))
        print("\(after.id) \(after.status.rawValue)")
    }
}
