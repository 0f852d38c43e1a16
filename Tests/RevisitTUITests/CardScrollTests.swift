import XCTest
@testable import RevisitTUI

/// A card taller than the terminal says on its key row how much lies out of sight.
final class CardScrollTests: XCTestCase {
    let lines = (1 ... 30).map { CardLine("line \($0)") }

    func render(_ scroll: CardScroll, cols: Int = 60, language: Language = .english, lineCount: Int = 30) throws -> [String] {
        let context = ScreenContext(language: language, keymap: try Fixtures.shippedKeymap(), bodySize: TerminalSize(rows: 21, cols: cols))
        var frame = Frame(rows: 21, cols: cols)
        let region = frame.bounds
        scroll.render(Array(lines.prefix(lineCount)), rows: 20, into: &frame, region: region)
        scroll.renderKeyRow("Esc back", lineCount: lineCount, rows: 20, into: &frame, region: region, context: context)
        return frame.lines().map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The keys from the left margin, `mark` ending at the right one (a CJK character is two columns).
    func keyRow(_ mark: String, cols: Int = 60) -> String {
        "Esc back" + String(repeating: " ", count: cols - 2 - DisplayWidth.of("Esc back") - DisplayWidth.of(mark)) + mark
    }

    func testTheKeyRowCountsTheLinesBelowThenAbove() throws {
        var scroll = CardScroll()
        var shown = try render(scroll)
        XCTAssertEqual(shown[0], "line 1")
        XCTAssertEqual(shown[20], keyRow("↓ 10 more below"))
        XCTAssertTrue(scroll.move(.pageDown, lineCount: 30, page: 20))
        shown = try render(scroll)
        XCTAssertEqual(shown[0], "line 11", "a page down stops at the last page")
        XCTAssertEqual(shown[19], "line 30")
        XCTAssertEqual(shown[20], keyRow("↑ 10 more above"))
        XCTAssertTrue(scroll.move(.moveUp, lineCount: 30, page: 20))
        XCTAssertEqual(try render(scroll, language: .chinese)[20], keyRow("↓ 下方还有 1 行"))
        XCTAssertFalse(scroll.move(.back, lineCount: 30, page: 20), "not a movement: left to the screen")
    }

    func testACardThatFitsShowsTheKeysAloneAndANarrowTerminalCutsTheKeysForTheMark() throws {
        XCTAssertEqual(try render(CardScroll(), lineCount: 12)[20], "Esc back")
        XCTAssertEqual(try render(CardScroll(), cols: 24)[20], "Esc …  ↓ 10 more below", "the mark comes first when both do not fit")
        XCTAssertEqual(try render(CardScroll(), cols: 12)[20], "Esc back", "no room for the mark")
    }

    func testALoadThatShortensTheCardKeepsTheTopInIt() {
        var scroll = CardScroll()
        _ = scroll.move(.last, lineCount: 30, page: 20)
        XCTAssertEqual(scroll.top, 10)
        scroll.keepIn(lineCount: 5)
        XCTAssertEqual(scroll.top, 4)
    }
}
