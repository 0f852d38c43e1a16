import XCTest
@testable import RevisitTUI

final class TextAreaTests: XCTestCase {
    private let size = TerminalSize(rows: 2, cols: 6)

    private func render(_ area: TextArea, size: TerminalSize) -> (lines: [String], cursor: Frame.Position?) {
        var frame = Frame(size: size)
        area.render(into: &frame, region: frame.bounds, focused: true)
        return (frame.lines(), frame.cursor)
    }

    func testWrapsWithoutSplittingWideCharacters() {
        let area = TextArea(text: "张伟王芳")
        let shown = render(area, size: size)
        XCTAssertEqual(shown.lines, ["张伟  ", "王芳  "])
        XCTAssertEqual(shown.cursor, Frame.Position(row: 1, col: 4))
    }

    /// Words typed in Spanish, Korean or English move to the next row whole; Chinese, and a
    /// word longer than the row, break between characters.
    func testWrapsAfterTheLastSpaceThatFits() {
        // 10 columns of text, one for the cursor
        func rows(_ text: String) -> [String] {
            render(TextArea(text: text), size: TerminalSize(rows: 4, cols: 11)).lines.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        XCTAssertEqual(rows("Sigue viniendo bien"), ["Sigue", "viniendo", "bien", ""])
        XCTAssertEqual(rows("감사합니다 다음엔 예약"), ["감사합니다", "다음엔", "예약", ""])
        XCTAssertEqual(rows("ab supercalifragilistic"), ["ab", "supercalif", "ragilistic", ""])
        XCTAssertEqual(rows("ab 汉字汉字 汉字汉字汉字"), ["ab", "汉字汉字", "汉字汉字汉", "字"])
        // moving "a汉字汉字" (9 columns) down would leave no room for the next 汉: it breaks there instead
        XCTAssertEqual(rows(" a汉字汉字汉字"), ["a汉字汉字", "汉字", "", ""])
        XCTAssertEqual(rows("空调修了两次还是不制冷"), ["空调修了两", "次还是不制", "冷", ""])
        var area = TextArea(text: "hello wor")
        XCTAssertEqual(render(area, size: TerminalSize(rows: 2, cols: 8)).cursor, Frame.Position(row: 1, col: 3))
        XCTAssertTrue(area.handle(.action(.cursorUp), size: TerminalSize(rows: 2, cols: 8)))
        XCTAssertEqual(area.cursor, 3)   // "hel|lo ": the same column on the row above
    }

    func testUpAndDownKeepTheGoalColumn() {
        var area = TextArea(text: "ab\n张伟王")
        let wide = TerminalSize(rows: 3, cols: 10)
        XCTAssertEqual(render(area, size: wide).cursor, Frame.Position(row: 1, col: 6))
        XCTAssertTrue(area.handle(.action(.cursorUp), size: wide))
        XCTAssertEqual(area.cursor, 2)   // end of "ab": as near column 6 as that line allows
        XCTAssertTrue(area.handle(.action(.cursorDown), size: wide))
        XCTAssertEqual(area.cursor, 6)   // back to column 6, not column 2
        XCTAssertFalse(area.handle(.action(.cursorDown), size: wide))   // last row: not the area's key
    }

    func testDownNeverLandsInsideAWideCharacter() {
        var area = TextArea(text: "abcde\n张伟")
        let wide = TerminalSize(rows: 3, cols: 10)
        _ = area.handle(.action(.cursorUp), size: wide)   // row 0, column 4
        _ = area.handle(.action(.lineStart), size: wide)
        for _ in 0..<3 { _ = area.handle(.action(.cursorRight), size: wide) }
        XCTAssertEqual(area.cursor, 3)   // column 3
        XCTAssertTrue(area.handle(.action(.cursorDown), size: wide))
        XCTAssertEqual(area.cursor, 7)   // between 张 and 伟: column 2
        XCTAssertEqual(render(area, size: wide).cursor, Frame.Position(row: 1, col: 2))
    }

    func testEnterInsertsNewlineAndEditingIsByCharacter() {
        var area = TextArea()
        for c in "车门" { XCTAssertTrue(area.handle(.character(c), size: size)) }
        XCTAssertTrue(area.handle(.action(.newline), size: size))
        for c in "异响" { _ = area.handle(.character(c), size: size) }
        XCTAssertEqual(area.text, "车门\n异响")
        XCTAssertTrue(area.handle(.action(.deleteBackward), size: size))
        XCTAssertEqual(area.text, "车门\n异")
        XCTAssertTrue(area.handle(.action(.deleteBackward), size: size))
        XCTAssertTrue(area.handle(.action(.deleteBackward), size: size))   // joins the lines
        XCTAssertEqual(area.text, "车门")
    }

    func testScrollsVerticallyToTheCursor() {
        var area = TextArea(text: "one\ntwo\nthree")
        XCTAssertEqual(render(area, size: size).lines, ["two   ", "three "])
        _ = area.handle(.action(.cursorUp), size: size)
        _ = area.handle(.action(.cursorUp), size: size)
        let shown = render(area, size: size)
        XCTAssertEqual(shown.lines, ["one   ", "two   "])
        XCTAssertEqual(shown.cursor, Frame.Position(row: 0, col: 3))
    }

    func testMaxLength() {
        var area = TextArea(maxLength: 4)
        for c in "一二\n三四" { _ = area.handle(.character(c), size: size) }
        XCTAssertEqual(area.text, "一二\n三")
        XCTAssertTrue(area.isFull)
    }
}
