import ArgumentParser
import RevisitCore

struct Staff: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Manage the store's staff list.",
                                                    subcommands: [StaffAdd.self, StaffSet.self, StaffList.self])
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
        let role = try StaffOptions.role(role)
        let member = StaffMember(login: login, name: name, role: role, department: try StaffOptions.department(department, session),
                                 language: try StaffOptions.language(language))
        try session.store.addStaff(member)
        print("added \(role.rawValue) \(login) (\(name))")
    }
}

struct StaffSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Change a staff member's name, role, department or language (admins only).",
        discussion: "Only the options given change; an empty --department or --language clears it.")

    @OptionGroup var options: StoreOptions
    @Argument(help: "The member's OS login.") var login: String
    @Option(help: "Full name as shown on screens.") var name: String?
    @Option(help: "One of: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String?
    @Option(help: "Department, e.g. customer-service.") var department: String?
    @Option(help: "The language the screens speak to them: \(ShopConfig.languages.joined(separator: ", ")).") var language: String?

    func run() throws {
        let session = try Session(options)
        try session.requireAdmin(to: "change staff")
        guard name != nil || role != nil || department != nil || language != nil else {
            throw Refusal("give what to change: --name, --role, --department or --language")
        }
        let role = try role.map(StaffOptions.role)
        let department = try department.map { try StaffOptions.department($0, session) }
        let language = try language.map(StaffOptions.language)
        let saved = try session.store.updateStaff(login) { m in
            if let name { m.name = name }
            if let role { m.role = role }
            if let department { m.department = department }
            if let language { m.language = language }
        }
        if let saved { print(StaffList.line(saved)) }
    }
}

/// The checks `staff add` and `staff set` share, each naming the option and its choices.
enum StaffOptions {
    static func role(_ text: String) throws -> Role {
        guard let role = Role(rawValue: text) else {
            throw Refusal("--role \(text) is not one of " + Role.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return role
    }

    static func department(_ text: String, _ session: Session) throws -> String {
        guard text.isEmpty || session.store.config.departments.contains(text) else {
            throw Refusal("--department \(text) is not one of " + session.store.config.departments.joined(separator: ", "))
        }
        return text
    }

    static func language(_ text: String) throws -> String {
        guard ShopConfig.isLanguageSetting(text) else {
            throw Refusal("--language \(text) is not one of " + ShopConfig.languages.joined(separator: ", "))
        }
        return text
    }
}

struct StaffList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the staff.")
    @OptionGroup var options: StoreOptions

    func run() throws {
        let session = try Session(options)
        for m in session.store.staff.members { print(Self.line(m)) }
    }

    static func line(_ m: StaffMember) -> String {
        [m.login, m.role.rawValue, m.department, m.name, m.language].joined(separator: "\t")
    }
}
