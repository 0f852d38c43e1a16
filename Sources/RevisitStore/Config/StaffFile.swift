import RevisitCore
import TOMLKit

/// Reads and writes staff.toml: one `[[staff]]` table per member.
public enum StaffFile {
    public static let name = "staff.toml"

    public static func parse(_ text: String, file: String = name) throws(StoreError) -> StaffDirectory {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch { throw .badStaff("\(file): \(error)") }
        // A misspelt key would otherwise drop a person, or their name, without a word.
        if let unknown = table.firstUnknownKey(knowing: ["staff"]) {
            throw .badStaff("\(file): \(unknown) is not a known setting; each person is a [[staff]] table")
        }
        var directory = StaffDirectory()
        for (i, item) in (table["staff"]?.array ?? TOMLArray()).enumerated() {
            let place = "\(file): staff[\(i + 1)]"
            if let unknown = item.table?.firstUnknownKey(knowing: Self.keys) {
                throw .badStaff("\(place) \(unknown) is not a known setting (\(Self.keys.joined(separator: ", ")))")
            }
            guard let t = item.table, let login = t["login"]?.string, let name = t["name"]?.string,
                  let roleName = t["role"]?.string else {
                throw .badStaff("\(place) needs login, name and role")
            }
            guard let role = Role(rawValue: roleName) else {
                throw .badStaff("\(place) role \(roleName) is not one of " + Role.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let language = t["language"]?.string ?? ""
            guard ShopConfig.isLanguageSetting(language) else {
                throw .badStaff("\(place) language \(language) \(ConfigFile.languageRule)")
            }
            do { try directory.add(StaffMember(login: login, name: name, role: role, department: t["department"]?.string ?? "",
                                               language: language)) }
            catch { throw .badStaff("\(place): \(error)") }
        }
        return directory
    }

    static let keys = ["login", "name", "role", "department", "language"]

    public static func render(_ staff: StaffDirectory) -> String {
        var out = "# Revisit staff: who may use this store, and in which role.\n"
        for m in staff.members {
            out += "\n[[staff]]\nlogin = \(ConfigFile.quoted(m.login))\nname = \(ConfigFile.quoted(m.name))\n"
            out += "role = \(ConfigFile.quoted(m.role.rawValue))\ndepartment = \(ConfigFile.quoted(m.department))\n"
            if !m.language.isEmpty { out += "language = \(ConfigFile.quoted(m.language))\n" }
        }
        return out
    }
}
