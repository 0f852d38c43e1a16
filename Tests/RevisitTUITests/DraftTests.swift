import XCTest
import RevisitCore
import RevisitStore
@testable import RevisitTUI

/// A form with one field, kept as a draft when the terminal goes away.
struct NoteFormScreen: DraftKeeping {
    var field = TextField()
    var keyContexts: [KeyContext] { [.text] }
    var acceptsText: Bool { true }
    var hasUnsavedInput: Bool { !field.isEmpty }
    var draft: Draft? { field.isEmpty ? nil : Draft(kind: "note", summary: "note: \(field.text)", fields: ["text": field.text]) }
    func title(_ c: ScreenContext) -> String { "Note" }
    mutating func handle(_ input: ScreenInput, context: ScreenContext) -> Response {
        field.handle(input, width: 40) ? .done : .ignored
    }
    func render(into f: inout Frame, region: Rect, context: ScreenContext) {
        field.render(into: &f, row: region.row, col: region.col, width: 40, focused: true)
    }
}

final class DraftTests: XCTestCase {
    func testASignalKeepsTheFormsInputAndTheNextStartOffersIt() throws {
        let fixture = try StoreFixture()
        var app = try fixture.app(CustomerListScreen())
        app.push(NoteFormScreen())
        let reason = AppLoopHarness.run(&app, fixture) { t in
            t.type("客户说：刹车有异响")
            t.send(.interrupted(signal: 1))
        }
        XCTAssertEqual(reason, .signal(1))
        RevisitInterface.keepDrafts(of: app, session: fixture.session)
        let file = DraftFile(store: fixture.directory, login: StoreFixture.admin.login)
        XCTAssertEqual(file.load(), [Draft(kind: "note", summary: "note: 客户说：刹车有异响", fields: ["text": "客户说：刹车有异响"])])

        let restorers: [String: @Sendable (Draft) -> (any Screen)?] = [
            "note": { draft in var s = NoteFormScreen(); s.field = TextField(text: draft.fields["text"] ?? ""); return s },
        ]
        var next = try fixture.app(CustomerListScreen())
        next.push(DraftOfferScreen(drafts: file.load(), restorers: restorers))
        let offered = fixture.run(&next) { _ in }
        XCTAssertTrue(offered[4].contains("note: 客户说：刹车有异响"), offered.joined(separator: "\n"))
        let resumed = fixture.run(&next) { t in t.send(keys: .enter) }
        XCTAssertTrue(resumed[1].hasPrefix("客户说：刹车有异响"), resumed.joined(separator: "\n"))
        XCTAssertEqual(file.load(), [], "a resumed draft is no longer kept")
    }

    func testDiscardingRemovesTheDrafts() throws {
        let fixture = try StoreFixture()
        let file = DraftFile(store: fixture.directory, login: StoreFixture.admin.login)
        try file.save([Draft(kind: "note", summary: "note: x", fields: ["text": "x"])])
        var app = try fixture.app(CustomerListScreen())
        app.push(DraftOfferScreen(drafts: file.load(), restorers: [:]))
        let lines = fixture.run(&app) { t in t.type("D") }
        XCTAssertEqual(file.load(), [])
        XCTAssertTrue(lines[0].contains("Customers"), lines[0])
    }
}

enum AppLoopHarness {
    static func run(_ app: inout App, _ fixture: StoreFixture, _ script: (MemoryTerminal) -> Void) -> ExitReason {
        let terminal = MemoryTerminal(rows: app.size.rows, cols: app.size.cols)
        script(terminal)
        return AppLoop.run(&app, terminal: terminal, tickInterval: nil, runCommand: RevisitInterface.runner(fixture.session))
    }
}
