import XCTest
@testable import RevisitTUI

final class HelpTests: XCTestCase {
    private let base = """
        bind global q quit
        bind global ? help
        bind global F1 help
        bind global Esc back
        bind global Down move-down
        bind list Enter select
        bind list Esc first
        """

    func testSectionsComeFromTheKeymap() throws {
        let sections = HelpBuilder.sections(keymap: try Fixtures.keymap(base), contexts: [.list], language: .english)
        XCTAssertEqual(sections, [
            HelpSection(title: "Customer list", entries: [
                HelpEntry(keys: "Enter", description: "Open the selected item"),
                HelpEntry(keys: "Esc", description: "Go to the first item"),
            ]),
            HelpSection(title: "Everywhere", entries: [
                HelpEntry(keys: "q", description: "Quit Revisit"),
                HelpEntry(keys: "?, F1", description: "Show the keys for this screen"),
                HelpEntry(keys: "Down", description: "Move down"),
            ]),
        ])   // global Esc (back) is shadowed in the list, so "back" is not offered
    }

    func testHelpChangesWhenTheKeymapChanges() throws {
        var keymap = try Fixtures.keymap(base)
        try KeymapParser.apply("bind list x quit\nunbind global F1\nbind global j move-down", file: "user", to: &keymap)
        let sections = HelpBuilder.sections(keymap: keymap, contexts: [.list], language: .chinese)
        XCTAssertEqual(sections.map(\.title), ["客户列表", "通用"])
        XCTAssertEqual(sections[0].entries, [
            HelpEntry(keys: "q, x", description: "退出回访系统"),
            HelpEntry(keys: "Enter", description: "打开所选项"),
            HelpEntry(keys: "Esc", description: "到第一项"),
        ])
        XCTAssertEqual(sections[1].entries, [
            HelpEntry(keys: "?", description: "显示本页面的按键"),
            HelpEntry(keys: "j, Down", description: "下移"),
        ])
    }

    /// The keys to other screens come in a section of their own, in the order asked, just
    /// before the global keys; an unbound one is left out.
    func testScreenKeysHaveTheirOwnSectionBeforeTheGlobalOnes() throws {
        let keymap = try Fixtures.keymap(base + "\nbind global F3 go-queue\nbind global F2 go-customers")
        let sections = HelpBuilder.sections(keymap: keymap, contexts: [.list], language: .english,
                                            screens: [.goCustomers, .goQueue, .goComplaints])
        XCTAssertEqual(sections.map(\.title), ["Customer list", "Screens", "Everywhere"])
        XCTAssertEqual(sections[1].entries.map(\.keys), ["F2", "F3"])
        XCTAssertEqual(sections[2].entries.map(\.keys), ["q", "?, F1", "Down"])
    }

    /// While lines lie below the last one shown, the footer says how to see them.
    func testTheFooterTellsWhenThereIsMore() {
        let entries = (1...10).map { HelpEntry(keys: "k\($0)", description: "action \($0)") }
        var help = HelpOverlay(title: "Keys", footer: "Esc closes", footerWithMore: "Down more   Esc closes",
                               sections: [HelpSection(title: "All", entries: entries)])
        let region = Rect(row: 0, col: 0, rows: 8, cols: 40)
        var frame = Frame(rows: 8, cols: 40)
        help.render(into: &frame, region: region)
        XCTAssertEqual(frame.line(7).trimmingCharacters(in: .whitespaces), "Down more   Esc closes")
        XCTAssertTrue(help.scroll(.last, visibleRows: HelpOverlay.listRows(in: region)))
        frame = Frame(rows: 8, cols: 40)
        help.render(into: &frame, region: region)
        XCTAssertEqual(frame.line(6).trimmingCharacters(in: .whitespaces), "k10      action 10")
        XCTAssertEqual(frame.line(7).trimmingCharacters(in: .whitespaces), "Esc closes")
    }
}
