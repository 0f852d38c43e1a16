import ArgumentParser
import RevisitCore

struct Staff: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Manage the store's staff list.",
                                                    subcommands: [StaffAdd.self, StaffList.self])
}

struct StaffAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a staff member (admins only).")

    @OptionGroup var options: StoreOptions
    @Argument(help: "The member's OS login.") var login: String
    @Option(help: "Full name as shown on screens.") var name: String
    @Option(help: "One of: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String
    @Option(help: "Department, e.g. customer-service.") var department: String = ""
    @Option(help: "The language the screens speak to them: \(ShopConfig.languages.joined(separator: ", ")) (default: the store's, else their terminal's).")
    var language: String = ""

    func run() throws {
        let session = try Session(options)
        try session.requireAdmin(to: "add staff")
        guard let role = Role(rawValue: role) else {
            throw Refusal("--role \(role) is not one of " + Role.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if !department.isEmpty, !session.store.config.departments.contains(department) {
            throw Refusal("--department \(department) is not one of " + session.store.config.departments.joined(separator: ", "))
        }
        if !language.isEmpty, !ShopConfig.languages.contains(language) {
            throw Refusal("--language \(language) is not one of " + ShopConfig.languages.joined(separator: ", "))
        }
        try session.store.addStaff(StaffMember(login: login, name: name, role: role, department: department, language: language))
        print("added \(role.rawValue) \(login) (\(name))")
    }
}

struct StaffList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the staff.")
    @OptionGroup var options: StoreOptions

    func run() throws {
        let session = try Session(options)
        for m in session.store.staff.members {
            print([m.login, m.role.rawValue, m.department, m.name, m.language].joined(separator: "\t"))
        }
    }
}
