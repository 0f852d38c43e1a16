import XCTest
@testable import RevisitTUI

/// A screen that shows what reached it: a counter moved by move-up/down, a note
/// field (focused with Tab), and the last command result.
private struct ProbeScreen: Screen {
    var position = 0
    var ticks = 0
    var appeared = 0
    var note = TextField()
    var editing = false
    var lastResult = "-"
    var name = "Probe"

    var keyContexts: [KeyContext] { editing ? [.text, .list] : [.list] }
    var acceptsText: Bool { editing }
    var hasUnsavedInput: Bool { !note.isEmpty }
    func title(_ context: ScreenContext) -> String { name }

    mutating func handle(_ input: ScreenInput, context: ScreenContext) -> Response {
        switch input {
        case .action(.moveDown): position += 1
        case .action(.moveUp): position -= 1
        case .action(.nextField): editing.toggle()
        case .action(.select): return .handled([.run(SaveProbe(text: note.text))])
        case .action(.first): return .handled([.push(ProbeScreen(name: "Child"))])
        case .action(.last): return .handled([.status("refused: not yours", .error)])
        case .commandResult(let result as String):
            lastResult = result
            return .handled([.status("saved " + result, .success)])
        case .tick: ticks += 1
        case .appeared: appeared += 1
        case .action, .character:
            guard editing, note.handle(input, width: 20) else { return .ignored }
        default: return .ignored
        }
        return .done
    }

    func render(into frame: inout Frame, region: Rect, context: ScreenContext) {
        frame.put("pos \(position) ticks \(ticks) result \(lastResult)", row: region.row, col: region.col, width: region.cols)
        note.render(into: &frame, row: region.row + 1, col: region.col, width: 20, focused: editing, style: .plain)
    }
}

private struct SaveProbe: AppCommand {
    let text: String
}

final class AppLoopTests: XCTestCase {
    private func makeApp(rows: Int = 8, cols: Int = 40) throws -> App {
        App(root: ProbeScreen(), keymap: try Fixtures.shippedKeymap(), language: .english, size: TerminalSize(rows: rows, cols: cols))
    }

    private func probe(_ app: App) -> ProbeScreen { app.stack.last as! ProbeScreen }

    func testKeysBecomeActionsAndTheFrameShowsThem() throws {
        var app = try makeApp()
        let terminal = MemoryTerminal(rows: 8, cols: 40)
        terminal.send(keys: .down, .down, .up, .down)
        XCTAssertEqual(AppLoop.run(&app, terminal: terminal, tickInterval: nil), .inputClosed)
        XCTAssertEqual(probe(app).position, 2)
        XCTAssertEqual(terminal.lines(), [
            " Revisit · Probe                        ",
            "pos 2 ticks 0 result -                  ",
            "                                        ",
            "                                        ",
            "                                        ",
            "                                        ",
            "                                        ",
            "? help   q quit                         ",
        ])
        XCTAssertEqual(terminal.presentCount, 5)   // the first frame, then one per key
    }

    func testQuitWithoutUnsavedInputQuitsAtOnce() throws {
        var app = try makeApp()
        let terminal = MemoryTerminal(rows: 8, cols: 40)
        terminal.send(keys: .char("q"), .down)
        XCTAssertEqual(AppLoop.run(&app, terminal: terminal, tickInterval: nil), .quit)
        XCTAssertEqual(probe(app).position, 0)
    }

    func testQuitWithUnsavedInputAsksFirst() throws {
        var app = try makeApp(rows: 10, cols: 50)
        let terminal = MemoryTerminal(rows: 10, cols: 50)
        terminal.send(keys: .tab)
        terminal.type("q张伟")        // typed into the field, not taken as quit
        terminal.send(keys: .tab, .char("q"))
        XCTAssertEqual(AppLoop.run(&app, terminal: terminal, tickInterval: nil), .inputClosed)
        XCTAssertEqual(probe(app).note.text, "q张伟")
        XCTAssertEqual(app.pendingQuestion, "Unsaved input will be lost. Quit anyway?")
        let lines = terminal.lines()
        XCTAssertTrue(lines.contains { $0.contains("Unsaved input will be lost. Quit anyway?") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("y yes   n no") }, lines.joined(separator: "\n"))

        terminal.send(keys: .char("n"))
        XCTAssertEqual(AppLoop.run(&app, terminal: terminal, tickInterval: nil), .inputClosed)
        XCTAssertNil(app.pendingQuestion)
        XCTAssertFalse(app.isFinished)

        terminal.send(keys: .char("q"), .char("y"))
        XCTAssertEqual(AppLoop.run(&app, terminal: terminal, tickInterval: nil), .quit)
    }

    func testResizeRedrawsAtTheNewSize() throws {
        var app = try makeApp(rows: 8, cols: 40)
        let terminal = MemoryTerminal(rows: 8, cols: 40)
        terminal.send(.resized(TerminalSize(rows: 4, cols: 24)))
        XCTAssertEqual(AppLoop.run(&app, terminal: terminal, tickInterval: nil), .inputClosed)
        XCTAssertEqual(terminal.lastFrame?.size, TerminalSize(rows: 4, cols: 24))
        XCTAssertEqual(terminal.lines(), [
            " Revisit · Probe        ",
            "pos 0 ticks 0 result -  ",
            "                        ",
            "? help   q quit         ",
        ])
        terminal.send(.resized(TerminalSize(rows: 3, cols: 30)))
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        XCTAssertEqual(terminal.lines(), ["Terminal too small            ", String(repeating: " ", count: 30), String(repeating: " ", count: 30)])
    }

    func testHelpOverlayShowsTheActiveKeymap() throws {
        var app = try makeApp(rows: 30, cols: 60)
        let terminal = MemoryTerminal(rows: 30, cols: 60)
        terminal.send(keys: .char("?"))
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        XCTAssertTrue(app.isShowingHelp)
        let text = terminal.lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Keys: Probe"), text)
        XCTAssertTrue(text.contains("Move down"), text)
        XCTAssertTrue(text.contains("?, F1"), text)
        XCTAssertFalse(text.contains("Cursor one character left"), text)   // not in a text field

        terminal.send(keys: .escape)
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        XCTAssertFalse(app.isShowingHelp)
        XCTAssertTrue(terminal.lines()[1].hasPrefix("pos 0"))
    }

    func testCommandResultReturnsToTheScreenAndShowsAStatus() throws {
        var app = try makeApp()
        let terminal = MemoryTerminal(rows: 8, cols: 40)
        terminal.send(keys: .tab)
        terminal.type("李")
        terminal.send(keys: .tab, .enter)
        var ran: [String] = []
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil) { command in
            guard let save = command as? SaveProbe else { return nil }
            ran.append(save.text)
            return "#\(ran.count)"
        }
        XCTAssertEqual(ran, ["李"])
        XCTAssertEqual(probe(app).lastResult, "#1")
        XCTAssertEqual(terminal.lines()[7], "saved #1                                ")
        XCTAssertEqual(terminal.lastFrame?[7, 0].style.color, .ok)
    }

    func testTicksReachTheScreenAndAgeTheToast() throws {
        var app = try makeApp()
        let terminal = MemoryTerminal(rows: 8, cols: 40)
        terminal.send(keys: .enter)
        for _ in 0..<Toast.defaultTicks { terminal.send(.timeout) }
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil) { _ in "ok" }
        XCTAssertEqual(probe(app).ticks, Toast.defaultTicks)
        XCTAssertNil(app.toast)
        XCTAssertEqual(terminal.lines()[7], "? help   q quit                         ")
    }

    /// An error does not fade with the ticks: it stays until the next key.
    func testAnErrorStaysUntilTheNextKey() throws {
        var app = try makeApp()
        let terminal = MemoryTerminal(rows: 8, cols: 40)
        terminal.send(keys: .end)
        for _ in 0..<(Toast.defaultTicks * 2) { terminal.send(.timeout) }
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        XCTAssertEqual(terminal.lines()[7], "refused: not yours                      ")
        terminal.send(keys: .down)
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        XCTAssertNil(app.toast)
        XCTAssertEqual(terminal.lines()[7], "? help   q quit                         ")
    }

    func testBackPopsAndAsksWhenThePushedScreenHasUnsavedInput() throws {
        var app = try makeApp()
        let terminal = MemoryTerminal(rows: 8, cols: 40)
        terminal.send(keys: .home)   // "first" pushes a child
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        XCTAssertEqual(app.stack.count, 2)
        XCTAssertEqual(terminal.lines()[0], " Revisit · Child                        ")
        terminal.send(keys: .escape)
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        XCTAssertEqual(app.stack.count, 1)
        XCTAssertEqual(probe(app).appeared, 2)   // once when the loop started, once after the pop

        terminal.send(keys: .home, .tab)
        terminal.type("x")
        terminal.send(keys: .escape)   // Esc in the field: back, but there is unsaved input
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        XCTAssertEqual(app.stack.count, 2)
        XCTAssertEqual(app.pendingQuestion, "Unsaved input will be lost. Leave this screen?")
        terminal.send(keys: .char("y"))
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        XCTAssertEqual(app.stack.count, 1)
    }

    func testSignalEndsTheLoopWithTheDraftStillThere() throws {
        var app = try makeApp()
        let terminal = MemoryTerminal(rows: 8, cols: 40)
        terminal.send(keys: .tab)
        terminal.type("草稿")
        terminal.send(.interrupted(signal: 1), .key(.char("m")))
        XCTAssertEqual(AppLoop.run(&app, terminal: terminal, tickInterval: nil), .signal(1))
        XCTAssertEqual(probe(app).note.text, "草稿")
        XCTAssertTrue(app.hasUnsavedInput)
    }

    func testChineseLanguageInTheFrame() throws {
        var app = App(root: ProbeScreen(), keymap: try Fixtures.shippedKeymap(), language: .chinese,
                      size: TerminalSize(rows: 4, cols: 30))
        let terminal = MemoryTerminal(rows: 4, cols: 30)
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil)
        XCTAssertEqual(terminal.lines()[0], " 回访 · Probe                 ")
        XCTAssertEqual(terminal.lines()[3], "? 帮助   q 退出               ")
        for line in terminal.lines() { XCTAssertEqual(DisplayWidth.of(line), 30) }
    }
}
