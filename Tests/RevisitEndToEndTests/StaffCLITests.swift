import Foundation
import XCTest

/// `revisit staff set` through the real binary: only what is given changes, by an admin, and
/// the store never loses its last admin.
final class StaffCLITests: EndToEndCase {
    func testSetChangesOnlyWhatIsGiven() throws {
        XCTAssertEqual(try revisit("init").status, 0)
        XCTAssertEqual(try revisit("staff", "add", "kim.sy", "--name", "김서연", "--role", "rep", "--department", "customer-service").status, 0)
        let set = try revisit("staff", "set", "kim.sy", "--language", "ko", "--role", "supervisor")
        XCTAssertEqual(set.status, 0, set.stderr)
        XCTAssertEqual(set.stdout, "kim.sy\tsupervisor\tcustomer-service\t김서연\tko\n")
        let cleared = try revisit("staff", "set", "kim.sy", "--language", "")
        XCTAssertEqual(cleared.stdout, "kim.sy\tsupervisor\tcustomer-service\t김서연\t\n", "an empty language follows the store's again")

        let refusals: [([String], [String: String], String)] = [
            (["kim.sy"], [:], "give what to change: --name, --role, --department or --language"),
            (["nobody", "--role", "rep"], [:], "no staff login nobody"),
            (["kim.sy", "--language", "fr"], [:], "--language fr is not one of en, zh, ko, es"),
            (["kim.sy", "--name", " "], [:], "staff kim.sy: name is empty"),
            (["kim.sy", "--role", "rep"], ["REVISIT_USER": "kim.sy"], "only an admin may change staff; you are supervisor kim.sy"),
        ]
        for (args, env, why) in refusals {
            let r = try revisit(["staff", "set"] + args, env: env)
            XCTAssertEqual(r.status, 1, args.joined(separator: " "))
            XCTAssertEqual(r.stderr, "revisit: \(why)\n")
        }
        let admin = try XCTUnwrap(try revisit("staff", "list").stdout.split(separator: "\n").first { $0.contains("\tadmin\t") })
        let login = String(admin.prefix { $0 != "\t" })
        let lastAdmin = try revisit("staff", "set", login, "--role", "rep")
        XCTAssertEqual(lastAdmin.stderr, "revisit: \(login) is the store's last admin; make another member admin first\n")
        XCTAssertEqual(try revisit("staff", "set", "kim.sy", "--role", "admin").status, 0)
        XCTAssertEqual(try revisit("staff", "set", login, "--role", "rep").status, 0, "with another admin, the first may step down")
    }
}
