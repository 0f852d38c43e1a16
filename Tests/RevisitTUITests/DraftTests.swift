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

    /// The offer names each draft in the screen's language; one an older version kept, with
    /// the English name in its summary, is named once.
    func testTheOfferNamesTheDraftsInTheScreensLanguage() throws {
        let fixture = try StoreFixture()
        let drafts = [Draft(kind: "call", summary: "sat:RO-1: 师傅很专业", fields: [:]),
                      Draft(kind: "complaint-form", summary: "complaint C000002: 左前门异响", fields: [:])]
        var app = try fixture.app(CustomerListScreen())
        app.push(DraftOfferScreen(drafts: drafts, restorers: [:], language: .chinese))
        let lines = fixture.run(&app) { _ in }
        XCTAssertEqual(lines[4].trimmingCharacters(in: .whitespaces), "回访 sat:RO-1: 师傅很专业")
        XCTAssertEqual(lines[5].trimmingCharacters(in: .whitespaces), "投诉 C000002: 左前门异响")
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

/// A rep with Revisit on two terminals: what one keeps, the other's resume or discard never drops.
final class DraftsOnTwoTerminalsTests: XCTestCase {
    let first = Draft(kind: "note", summary: "note: 第一", fields: ["text": "第一"])
    let second = Draft(kind: "note", summary: "note: 第二", fields: ["text": "第二"])

    func testResumingOneKeepsWhatTheOtherTerminalKeptMeanwhile() throws {
        let fixture = try StoreFixture()
        let file = DraftFile(store: fixture.directory, login: StoreFixture.admin.login)
        try file.keep([first])
        var app = try fixture.app(CustomerListScreen())
        let restorers: [String: @Sendable (Draft) -> (any Screen)?] = ["note": { _ in NoteFormScreen() }]
        app.push(DraftOfferScreen(drafts: file.load(), restorers: restorers))
        _ = fixture.run(&app) { _ in }
        try file.keep([second])   // the other terminal goes away while this one offers `first`
        _ = fixture.run(&app) { t in t.send(keys: .enter) }
        XCTAssertEqual(file.load(), [second])
    }

    func testDiscardingForgetsOnlyWhatWasOffered() throws {
        let fixture = try StoreFixture()
        let file = DraftFile(store: fixture.directory, login: StoreFixture.admin.login)
        try file.keep([first])
        var app = try fixture.app(CustomerListScreen())
        app.push(DraftOfferScreen(drafts: file.load(), restorers: [:]))
        _ = fixture.run(&app) { _ in }
        try file.keep([second])
        _ = fixture.run(&app) { t in t.type("D") }
        XCTAssertEqual(file.load(), [second])
        try file.keep([first])
        XCTAssertEqual(file.load(), [first, second], "the newest first")
        try file.keep([second])
        XCTAssertEqual(file.load(), [second, first], "once each")
    }
}

enum AppLoopHarness {
    static func run(_ app: inout App, _ fixture: StoreFixture, _ script: (MemoryTerminal) -> Void) -> ExitReason {
        let terminal = MemoryTerminal(rows: app.size.rows, cols: app.size.cols)
        script(terminal)
        return AppLoop.run(&app, terminal: terminal, tickInterval: nil, runCommand: RevisitInterface.runner(fixture.session))
    }
}
