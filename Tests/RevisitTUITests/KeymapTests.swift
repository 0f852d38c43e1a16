import XCTest
@testable import RevisitTUI

final class KeymapTests: XCTestCase {
    func testKeyNamesParseAndPrintBack() {
        let names = ["a", "G", "?", "#", "张", "C-x", "Enter", "Esc", "Tab", "BackTab", "Up", "Down", "Left", "Right",
                     "PageUp", "PageDown", "Home", "End", "Backspace", "Delete", "F1", "F12", "Space"]
        for name in names {
            let key = Key(name: name)
            XCTAssertNotNil(key, name)
            XCTAssertEqual(key?.name, name)
        }
        XCTAssertEqual(Key(name: "C-X"), .ctrl("x"))
        XCTAssertEqual(Key(name: "enter"), .enter)
        XCTAssertEqual(Key(name: "C-m"), .enter)
        XCTAssertEqual(Key(name: "Space"), .char(" "))
        for bad in ["F13", "F0", "Ctrl-x", "C-", "C-1", "Foo", ""] { XCTAssertNil(Key(name: bad), bad) }
    }

    func testBindUnbindAndComments() throws {
        let keymap = try Fixtures.keymap("""
            # a comment
              # an indented comment

            bind global q quit
            bind list j move-down   # trailing comment
            bind list # help
            bind queue x select
            unbind queue x
            """)
        XCTAssertEqual(keymap.action(for: .char("q"), in: [.list]), .quit)
        XCTAssertEqual(keymap.action(for: .char("j"), in: [.list]), .moveDown)
        XCTAssertEqual(keymap.action(for: .char("#"), in: [.list]), .help)
        XCTAssertNil(keymap.action(for: .char("x"), in: [.queue]))
        XCTAssertNil(keymap.action(for: .char("j"), in: [.queue]))
    }

    func testErrorsNameFileLineAndWhat() {
        let cases: [(String, Int, String)] = [
            ("bind global q quit\nbind lst j move-down", 2, "unknown context 'lst'"),
            ("\n\nbind list Ctrl-x quit", 3, "unknown key 'Ctrl-x'"),
            ("bind list j fly-away", 1, "unknown action 'fly-away'"),
            ("bind list j", 1, "'bind' needs CONTEXT KEY ACTION"),
            ("unbind list j quit", 1, "too many words"),
            ("# ok\nmap list j quit", 2, "unknown statement 'map'"),
        ]
        for (text, line, message) in cases {
            XCTAssertThrowsError(try Fixtures.keymap(text, file: "/home/li/.config/revisit/keymap")) { error in
                guard let error = error as? KeymapError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.file, "/home/li/.config/revisit/keymap")
                XCTAssertEqual(error.line, line, text)
                XCTAssertTrue(error.message.hasPrefix(message), error.message)
                XCTAssertTrue(error.description.hasPrefix("/home/li/.config/revisit/keymap:\(line): "), error.description)
            }
        }
    }

    func testContextFirstThenGlobal() throws {
        let keymap = try Fixtures.keymap("""
            bind global q quit
            bind global Esc back
            bind list q back
            bind text Left cursor-left
            """)
        XCTAssertEqual(keymap.action(for: .char("q"), in: [.list]), .back)
        XCTAssertEqual(keymap.action(for: .char("q"), in: [.queue]), .quit)
        XCTAssertEqual(keymap.action(for: .left, in: [.text, .list]), .cursorLeft)
        XCTAssertNil(keymap.action(for: .left, in: [.list]))
        XCTAssertEqual(keymap.action(for: .escape, in: [.text, .list]), .back)
    }

    func testUnbindInAContextHidesTheGlobalBinding() throws {
        let keymap = try Fixtures.keymap("bind global q quit\nunbind reports q")
        XCTAssertNil(keymap.action(for: .char("q"), in: [.reports]))
        XCTAssertEqual(keymap.action(for: .char("q"), in: [.list]), .quit)
    }

    func testUserFileOverridesDefault() throws {
        let dir = try Fixtures.temporaryDirectory()
        let user = dir.appendingPathComponent("keymap").path
        try "bind global x quit\nunbind global q\nbind list Down move-up\n".write(toFile: user, atomically: true, encoding: .utf8)
        let keymap = try Keymap.load(defaultFile: Fixtures.keymapsDirectory + "/default.keymap", userFile: user)
        XCTAssertEqual(keymap.action(for: .char("x"), in: [.list]), .quit)
        XCTAssertNil(keymap.action(for: .char("q"), in: [.list]))
        XCTAssertEqual(keymap.action(for: .down, in: [.list]), .moveUp)
        XCTAssertEqual(keymap.action(for: .down, in: [.queue]), .moveDown)
        XCTAssertEqual(keymap.action(for: .char("?"), in: [.list]), .help)   // untouched default
    }

    func testMissingUserFileIsFineMissingDefaultIsAnError() throws {
        let dir = try Fixtures.temporaryDirectory()
        XCTAssertNoThrow(try Keymap.load(defaultFile: Fixtures.keymapsDirectory + "/default.keymap",
                                         userFile: dir.appendingPathComponent("absent").path))
        let missing = dir.appendingPathComponent("default.keymap").path
        XCTAssertThrowsError(try Keymap.load(defaultFile: missing)) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(missing): cannot read the keymap"), "\(error)")
        }
    }

    func testUserFileErrorNamesTheUserFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        let user = dir.appendingPathComponent("keymap").path
        try "bind list j move-down\nbind list k go-up\n".write(toFile: user, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Keymap.load(defaultFile: Fixtures.keymapsDirectory + "/default.keymap", userFile: user)) { error in
            XCTAssertEqual("\(error)", "\(user):2: unknown action 'go-up'")
        }
    }

    func testShippedKeymapsParse() throws {
        let keymap = try Fixtures.shippedKeymap()
        XCTAssertEqual(keymap.action(for: .char("q"), in: [.list]), .quit)
        XCTAssertEqual(keymap.action(for: .char("?"), in: [.card]), .help)
        XCTAssertEqual(keymap.action(for: .escape, in: [.complaintForm]), .back)
        XCTAssertEqual(keymap.action(for: .enter, in: [.text, .complaintForm]), .newline)
        XCTAssertEqual(keymap.action(for: .char("y"), in: [.confirm]), .yes)
        let vi = try Keymap.load(defaultFile: Fixtures.keymapsDirectory + "/default.keymap",
                                 userFile: Fixtures.keymapsDirectory + "/vi.keymap")
        XCTAssertEqual(vi.action(for: .char("j"), in: [.list]), .moveDown)
        XCTAssertEqual(vi.action(for: .char("k"), in: [.queue]), .moveUp)
        XCTAssertEqual(vi.action(for: .ctrl("f"), in: [.text, .list]), .cursorRight)
        XCTAssertEqual(vi.action(for: .ctrl("f"), in: [.list]), .pageDown)
        XCTAssertNil(keymap.action(for: .char("j"), in: [.list]))
    }

    func testShippedDirectoryIsFoundFromEnvironment() {
        XCTAssertEqual(Keymap.shippedDirectory(environment: ["REVISIT_KEYMAPS": Fixtures.keymapsDirectory], executable: "/nonexistent/revisit"),
                       Fixtures.keymapsDirectory)
    }
}
