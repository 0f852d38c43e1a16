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
}
