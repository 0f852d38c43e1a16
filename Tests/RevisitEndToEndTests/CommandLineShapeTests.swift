import XCTest

/// How a person types a command: options before the subcommand, `--help` on its own, and a
/// day that does not exist.
final class CommandLineShapeTests: CallDeskCase {
    func testHelpAloneListsTheSubcommands() throws {
        for flag in ["--help", "-h"] {
            let r = try RevisitProcess.run([flag])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.contains("SUBCOMMANDS:"), r.stdout)
            XCTAssertTrue(r.stdout.contains("queue "), r.stdout)
        }
    }

    func testTheStoreMayComeBeforeTheSubcommand() throws {
        try setUpShop()
        let env = ["REVISIT_USER": "li.na", "REVISIT_NOW": "2026-11-30 09:00"]
        let after = try RevisitProcess.run(["queue", "--as-of", "2026-11-12 10:00", "--store", store], env: env)
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertTrue(after.stdout.contains("sat:RO-2026-0001"), after.stdout)
        for before in [["--store", store], ["--store=\(store)"]] {
            let r = try RevisitProcess.run(before + ["queue", "--as-of", "2026-11-12 10:00"], env: env)
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertEqual(r.stdout, after.stdout)
        }
        let card = try RevisitProcess.run(["--store", store, "customer", "show", "C000002"], env: env)
        XCTAssertEqual(card.status, 0, card.stderr)
        XCTAssertTrue(card.stdout.contains("李娜"), card.stdout)
    }

    /// A mistake in the rep's own keymap is a refusal like any other: one line naming the file
    /// and the line, exit 1, before the terminal is touched.
    func testABadKeymapIsNamedByFileAndLine() throws {
        try setUpShop()
        let keymap = tmp.appendingPathComponent("home/.config/revisit/keymap")
        try FileManager.default.createDirectory(at: keymap.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("bind queue x call-everyone\n".utf8).write(to: keymap)
        let r = try RevisitProcess.run(["--store", store], env: ["REVISIT_USER": "li.na", "HOME": tmp.appendingPathComponent("home").path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "revisit: \(keymap.path):1: unknown action 'call-everyone'\n")
    }

    func testAnImpossibleDaySaysWhatIsImpossible() throws {
        try setUpShop()
        let r = try run("li.na", at: "2026-11-30 09:00", ["queue", "--as-of", "2026-02-30 09:00"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "revisit: --as-of 2026-02-30 09:00 is not a time: 2026-02 has no day 30\n")
        let hour = try run("li.na", at: "2026-11-30 09:00", ["queue", "--as-of", "2026-11-30 24:00"])
        XCTAssertEqual(hour.stderr, "revisit: --as-of 2026-11-30 24:00 is not a time: hours run from 00 to 23\n")
    }
}
