import XCTest
@testable import RevisitTUI

final class FrameTests: XCTestCase {
    func testWideTextClippedWithEllipsisAtOddWidth() {
        var frame = Frame(rows: 1, cols: 8)
        frame.put("张伟王芳", row: 0, col: 0, width: 5)
        // 4 cells of names, then the ellipsis: the 王 would need cells 5-6.
        XCTAssertEqual(frame.lines(), ["张伟…   "])
    }

    func testWideCharNeverSplitWithoutEllipsis() {
        var frame = Frame(rows: 1, cols: 8)
        frame.put("张伟王芳", row: 0, col: 0, width: 5, ellipsis: false)
        XCTAssertEqual(frame.lines(), ["张伟    "])   // "张伟", a space for the half 王, padding
        XCTAssertEqual(frame[0, 4].character, " ")
        XCTAssertTrue(frame[0, 1].isContinuation)
    }

    func testEveryLineIsFrameWidth() {
        var frame = Frame(rows: 3, cols: 10)
        frame.put("서울 김민준 박지훈", row: 0, col: 0)
        frame.put("María José", row: 1, col: 3)
        frame.put("中", row: 2, col: 9, ellipsis: false)   // would need cells 9-10: not drawn
        for line in frame.lines() { XCTAssertEqual(DisplayWidth.of(line), 10, line) }
        XCTAssertEqual(frame.lines(), ["서울 김민…", "   María …", "          "])
    }

    func testFitsExactlyWithoutEllipsis() {
        var frame = Frame(rows: 1, cols: 6)
        frame.put("张伟王", row: 0, col: 0, width: 6)
        XCTAssertEqual(frame.lines(), ["张伟王"])
    }

    func testRightAlignmentAndPaddingUseStyle() {
        var frame = Frame(rows: 1, cols: 8)
        frame.put("王芳", row: 0, col: 1, width: 6, style: .reverse, align: .right)
        XCTAssertEqual(frame.lines(), ["   王芳 "])
        XCTAssertTrue(frame[0, 1].style.reverse)
        XCTAssertFalse(frame[0, 7].style.reverse)
    }

    func testOverwritingHalfAWideCharBlanksTheOtherHalf() {
        var frame = Frame(rows: 1, cols: 6)
        frame.put("张伟王", row: 0, col: 0)
        frame.put("x", row: 0, col: 1)   // the right half of 张
        XCTAssertEqual(frame.lines(), [" x伟王"])
        frame.put("y", row: 0, col: 4)   // the left half of 王
        XCTAssertEqual(frame.lines(), [" x伟y "])
        for c in 0..<6 where frame[0, c].isContinuation { XCTAssertEqual(frame[0, c - 1].width, 2, "orphan half at \(c)") }
        XCTAssertEqual((0..<6).map { frame[0, $0].width }, [1, 1, 2, 0, 1, 1])
    }

    func testDataIsSanitizedOnTheWayIn() {
        var frame = Frame(rows: 1, cols: 12)
        frame.put("Li\u{1B}[2J\tx", row: 0, col: 0)
        XCTAssertEqual(frame.lines(), ["Li\u{241B}[2J\u{2409}x    "])
        XCTAssertFalse(frame.cells.contains { $0.character.map { $0.unicodeScalars.contains { $0.value < 0x20 } } ?? false })
    }

    func testOutOfBoundsIsIgnored() {
        var frame = Frame(rows: 2, cols: 4)
        XCTAssertEqual(frame.put("abc", row: 2, col: 0), 0)
        XCTAssertEqual(frame.put("abc", row: 0, col: 4), 0)
        XCTAssertEqual(frame.lines(), ["    ", "    "])
    }
}
