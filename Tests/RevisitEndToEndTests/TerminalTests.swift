import Foundation
import XCTest

/// The real binary in tmux at 80x24, as a rep would use it.
final class TerminalTests: EndToEndCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        try revisit("init")
        let r = try revisit("import", "repair-orders", try write("ro.csv", ImportCLITests.sampleCSV))
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    func open(_ env: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(["--store", store], env: ["REVISIT_NOW": "2026-11-23 10:00"].merging(env) { $1 })
    }

    func testSearchAPlateAndOpenTheCard() throws {
        let tmux = try open()
        try tmux.waitFor("C000003 Kim Minjun")
        try tmux.send("/")
        try tmux.type("粤B D34")
        let found = try tmux.waitFor("1 of 3 customers")
        XCTAssertTrue(found[3].hasPrefix("C000001 张伟                    13800138000   粤B·12345 粤B·D3456"), found[3])
        try tmux.send("Enter")
        try tmux.send("Enter")
        // The card's last line asserted below, so the capture is not of a frame still being drawn.
        let card = try tmux.waitFor("新车交付")
        XCTAssertTrue(card[0].contains("Customer C000001 张伟"), card[0])
        XCTAssertTrue(card.contains { $0.hasPrefix(" 2026-11-08 粤B·D3456    delivery    0.00      新车交付") }, card.joined(separator: "\n"))
        XCTAssertTrue(card.allSatisfy { $0.count <= 80 })
        try tmux.send("Escape")
        try tmux.waitFor("Search: 粤B D34")
        try tmux.quit()
    }

    /// PuTTY and Xshell, the usual way into a Chinese dealership's server, say TERM=xterm but
    /// send F1-F4 as ESC [11~ to ESC [14~ and Home as ESC [1~: each is that key, never an
    /// Escape (back) followed by letters.
    func testFunctionKeysAsPuTTYSendsThem() throws {
        let tmux = try open()
        try tmux.waitFor("C000003 Kim Minjun")
        try tmux.type("\u{1B}[13~")   // F3: the call queue
        try tmux.waitFor("Call queue")
        try tmux.type("\u{1B}[12~")   // F2: back to the customers
        try tmux.waitFor("Customers")
        try tmux.send("Down")
        try tmux.send("Down")
        try tmux.type("\u{1B}[1~")    // Home: the first row again
        try tmux.type("\u{1B}[11~")   // F1: help
        let help = try tmux.waitFor("Keys:")
        XCTAssertFalse(help.contains { $0.contains("[1~") || $0.contains("[11~") }, help.joined(separator: "\n"))
        try tmux.send("Escape")
        try tmux.quit()
    }

    /// Ctrl-C, what a terminal user presses to leave a program, quits; with a search typed it
    /// still quits at once, as `q` would outside the field.
    func testControlCQuits() throws {
        let tmux = try open()
        try tmux.waitFor("C000003 Kim Minjun")
        try tmux.send("/")
        try tmux.type("张")
        try tmux.waitFor("1 of 3 customers")
        try tmux.quit(with: "C-c")
    }

    /// A paste is text: outside a field it is dropped (a pasted "q" does not quit), in a
    /// one-line field its line break becomes a space, never an Enter.
    func testAPasteIsTextNeverKeys() throws {
        let tmux = try open()
        try tmux.waitFor("C000003 Kim Minjun")
        try tmux.paste("q")
        try tmux.send("/")
        try tmux.paste("粤B\nD34")
        let found = try tmux.waitFor("1 of 3 customers")
        XCTAssertTrue(found[1].hasPrefix("Search: 粤B D34"), found[1])
        XCTAssertFalse(tmux.paneIsDead)
        try tmux.send("C-u")
        try tmux.waitUntil(what: "the search emptied") { lines in !lines.contains { $0.contains("1 of 3 customers") } }
        try tmux.paste("粤B\r\nD34", keepingLineFeeds: true)   // text copied from a Windows file
        let crlf = try tmux.waitFor("1 of 3 customers")
        XCTAssertTrue(crlf[1].hasPrefix("Search: 粤B D34 "), "one line break, one space: \(crlf[1])")
        try tmux.send("Escape")
        try tmux.quit()
    }

    /// A record the journal cannot give is missing from every screen: the status line says so.
    func testADamagedJournalIsNamedOnTheStatusLine() throws {
        _ = try damageSecondJournalLine()
        let tmux = try open()
        let lines = try tmux.waitFor("1 unreadable journal record(s) are missing here; see `revisit check`")
        XCTAssertEqual(lines[0].trimmingCharacters(in: .whitespaces), "Revisit · Customers")
        try tmux.quit()
    }

    func testResizeRedrawsAtTheNewSize() throws {
        let tmux = try open()
        try tmux.waitFor("C000003 Kim Minjun")
        try tmux.resize(columns: 60, rows: 12)
        let small = try tmux.waitUntil(what: "a 60-column redraw") { lines in
            lines.contains { $0.hasPrefix("ID      Name") && $0.hasSuffix("Last visit") && $0.count <= 60 }
        }
        XCTAssertTrue(small.contains { $0.hasPrefix("C000001 张伟") }, small.joined(separator: "\n"))
        try tmux.quit()
    }

    func testChineseInterfaceChosenByTheStoresConfig() throws {
        let config = tmp.appendingPathComponent("store/config.toml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try text.replacingOccurrences(of: "language = \"\"", with: "language = \"zh\"").write(to: config, atomically: true, encoding: .utf8)
        let tmux = try open()
        let screen = try tmux.waitFor("编号")
        XCTAssertTrue(screen[0].contains("回访 · 客户"), screen[0])
        XCTAssertTrue(screen[2].hasPrefix("编号    姓名"), screen[2])
        try tmux.quit()
    }

    /// A server often has only C.UTF-8 installed: a rep whose terminal asks for zh_CN.UTF-8, or
    /// one left in the C locale, still sees every name (the interface language follows LC_ALL).
    func testNamesShowWhenTheLocaleIsNotInstalledOrPlainC() throws {
        let locales = [(["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"], "编号    姓名"), (["LANG": "C", "LC_ALL": "C"], "ID      Name"),
                       (["LANG": "ko_KR.UTF-8", "LC_ALL": "ko_KR.UTF-8"], "번호    이름"), (["LANG": "es_ES.UTF-8", "LC_ALL": "es_ES.UTF-8"], "Código  Nombre")]
        for (env, heading) in locales {
            let tmux = try open(env)
            let screen = try tmux.waitFor("C000003")
            XCTAssertTrue(screen[2].hasPrefix(heading), "\(env): \(screen[2])")
            XCTAssertTrue(screen.contains { $0.hasPrefix("C000001 张伟") }, "\(env):\n" + screen.joined(separator: "\n"))
            XCTAssertTrue(screen.contains { $0.hasPrefix("C000003 Kim Minjun") }, "\(env):\n" + screen.joined(separator: "\n"))
            try tmux.quit()
        }
    }

    /// A person's language in the staff file comes before the terminal's locale.
    func testAPersonsOwnLanguageComesBeforeTheLocale() throws {
        let admin = try XCTUnwrap(try revisit("staff", "list").stdout.split(separator: "\t").first.map(String.init))
        XCTAssertEqual(try revisit("staff", "set", admin, "--language", "es").status, 0)
        let tmux = try open(["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
        let screen = try tmux.waitFor("C000003")
        XCTAssertTrue(screen[0].contains("Revisit · Clientes"), screen[0])
        XCTAssertTrue(screen[2].hasPrefix("Código  Nombre"), screen[2])
        try tmux.quit()
    }
}
