import XCTest
@testable import RevisitTUI

final class TextFieldTests: XCTestCase {
    private func type(_ text: String, into field: inout TextField, width: Int) {
        for c in text { XCTAssertTrue(field.handle(.character(c), width: width)) }
    }

    private func render(_ field: TextField, width: Int) -> (line: String, cursor: Int?) {
        var frame = Frame(rows: 1, cols: width)
        field.render(into: &frame, row: 0, col: 0, width: width, focused: true, style: .plain)
        return (frame.lines()[0], frame.cursor?.col)
    }

    func testTypingChineseScrollsToKeepCursorVisible() {
        var field = TextField()
        type("张伟王芳", into: &field, width: 6)
        XCTAssertEqual(field.text, "张伟王芳")
        XCTAssertEqual(field.cursor, 4)   // characters, not cells or bytes
        let shown = render(field, width: 6)
        XCTAssertEqual(shown.line, "王芳  ")
        XCTAssertEqual(shown.cursor, 4)
    }

    func testHomeShowsStartWithoutSplittingAtOddWidth() {
        var field = TextField()
        type("张伟王芳", into: &field, width: 5)
        XCTAssertEqual(render(field, width: 5).line, "王芳 ")
        XCTAssertTrue(field.handle(.action(.lineStart), width: 5))
        let shown = render(field, width: 5)
        XCTAssertEqual(shown.line, "张伟 ")   // 王 would straddle the edge: a space instead
        XCTAssertEqual(shown.cursor, 0)
    }

    func testCursorMovesByCharacterAndScrollsRight() {
        var field = TextField(text: "张伟王芳")
        XCTAssertEqual(field.cursor, 4)
        _ = field.handle(.action(.lineStart), width: 6)
        for _ in 0..<3 { XCTAssertTrue(field.handle(.action(.cursorRight), width: 6)) }
        XCTAssertEqual(field.cursor, 3)
        let shown = render(field, width: 6)
        XCTAssertEqual(shown.line, "伟王芳")
        XCTAssertEqual(shown.cursor, 4)   // on 芳
    }

    func testBackspaceAndDeleteRemoveWholeCharacters() {
        var field = TextField(text: "张伟王芳")
        _ = field.handle(.action(.cursorLeft), width: 6)
        XCTAssertTrue(field.handle(.action(.deleteBackward), width: 6))
        XCTAssertEqual(field.text, "张伟芳")
        XCTAssertEqual(field.cursor, 2)
        let shown = render(field, width: 6)
        XCTAssertEqual(shown.line, "张伟芳")   // scrolled back: everything fits again
        XCTAssertEqual(shown.cursor, 4)
        XCTAssertTrue(field.handle(.action(.deleteForward), width: 6))
        XCTAssertEqual(field.text, "张伟")
        XCTAssertTrue(field.handle(.action(.deleteForward), width: 6))   // at the end: nothing, still an edit key
        XCTAssertEqual(field.text, "张伟")
    }

    func testInsertInTheMiddleAndEnd() {
        var field = TextField(text: "Mara")
        _ = field.handle(.action(.cursorLeft), width: 20)
        type("í", into: &field, width: 20)
        XCTAssertEqual(field.text, "María")
        _ = field.handle(.action(.lineEnd), width: 20)
        type(" 김", into: &field, width: 20)
        XCTAssertEqual(field.text, "María 김")
        XCTAssertEqual(render(field, width: 10).cursor, 8)
    }

    func testMaxLengthNewlineAndUnknownActions() {
        var field = TextField(maxLength: 3)
        type("abcd", into: &field, width: 10)
        XCTAssertEqual(field.text, "abc")
        XCTAssertTrue(field.isFull)
        XCTAssertFalse(field.handle(.action(.newline), width: 10))
        XCTAssertFalse(field.handle(.action(.moveDown), width: 10))
        XCTAssertEqual(field.text, "abc")
    }

    /// A line break arrives as a character only in a paste: one line keeps it as a space.
    func testAPastedLineBreakIsASpace() {
        var field = TextField(maxLength: 5)
        type("ab", into: &field, width: 10)
        XCTAssertTrue(field.handle(.character("\n"), width: 10))
        type("cdef", into: &field, width: 10)
        XCTAssertEqual(field.text, "ab cd")
    }

    func testInitialTextIsSanitized() {
        let field = TextField(text: "a\u{1B}b")
        XCTAssertEqual(field.text, "a\u{241B}b")
    }
}
