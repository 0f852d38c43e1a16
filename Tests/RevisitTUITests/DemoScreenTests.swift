import XCTest
@testable import RevisitTUI

final class DemoScreenTests: XCTestCase {
    func testDemoShowsNamesSanitizedAndTakesANote() throws {
        var app = App(root: DemoScreen(language: .english), keymap: try Fixtures.shippedKeymap(), language: .english,
                      size: TerminalSize(rows: 12, cols: 60))
        let terminal = MemoryTerminal(rows: 12, cols: 60)
        terminal.send(keys: .down, .down)
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        var lines = terminal.lines()
        for line in lines { XCTAssertEqual(DisplayWidth.of(line), 60, line) }
        XCTAssertTrue(lines[3].hasPrefix("王芳"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("김민준"), lines[4])
        XCTAssertTrue(terminal.lastFrame![4, 0].style.reverse)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Evil\u{241B}[2J Name\u{2409}Tab") }, lines.joined(separator: "\n"))

        terminal.send(keys: .tab)
        terminal.type("回访 OK")
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        lines = terminal.lines()
        XCTAssertTrue(lines[10].hasPrefix("Note:   回访 OK"), lines[10])
        XCTAssertEqual(terminal.lastFrame?.cursor, Frame.Position(row: 10, col: 8 + 7))
        XCTAssertTrue(app.hasUnsavedInput)

        terminal.send(keys: .enter)
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        XCTAssertEqual(terminal.lines()[11].trimmingCharacters(in: .whitespaces), "Note kept: 回访 OK")
        XCTAssertFalse(app.hasUnsavedInput)
    }
}
