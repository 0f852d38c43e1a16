import XCTest

/// `revisit demo`, the README's first command, through the real binary.
final class DemoCLITests: EndToEndCase {
    func testMakesASoundStoreOnceAndSaysSo() throws {
        let made = try revisit("demo", "--customers", "40", "--today", "2026-11-23")
        XCTAssertEqual(made.status, 0, made.stderr)
        let lines = made.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "creating a demo store of 40 customers at \(store)…", "said before the seconds it takes")
        XCTAssertTrue(lines.last?.hasPrefix("created demo store \(store): ") == true, made.stdout)
        XCTAssertEqual(try revisit("check").status, 0)
        XCTAssertFalse(try revisit("customer", "find", "C0000").stdout.isEmpty)

        let again = try revisit("demo", "--customers", "40")
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.stderr, "revisit: \(store) already holds a store; demo will not overwrite it\n")
    }

    /// Without --store or $REVISIT_STORE the demo goes to ~/.local/share/revisit-demo, `~` being
    /// $HOME as in the shell (it went to the login's home directory whatever HOME said).
    func testTheDefaultStoreIsUnderHome() throws {
        let home = tmp.appendingPathComponent("home").path
        let made = try RevisitProcess.run(["demo", "--customers", "20", "--today", "2026-11-23"], env: ["HOME": home, "REVISIT_STORE": ""])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertTrue(made.stdout.hasPrefix("creating a demo store of 20 customers at \(home)/.local/share/revisit-demo…"), made.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: home + "/.local/share/revisit-demo/config.toml"))
    }
}
