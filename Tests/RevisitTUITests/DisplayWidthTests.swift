import XCTest
@testable import RevisitTUI

final class DisplayWidthTests: XCTestCase {
    func testChineseKoreanSpanishWidths() {
        XCTAssertEqual(DisplayWidth.of("张伟"), 4)
        XCTAssertEqual(DisplayWidth.of("서울"), 4)
        XCTAssertEqual(DisplayWidth.of("María"), 5)
        XCTAssertEqual(DisplayWidth.of("Zhang Wei"), 9)
    }

    func testDecomposedAccentIsOneCell() {
        // "e" + COMBINING ACUTE ACCENT is one character of width 1.
        XCTAssertEqual(DisplayWidth.of("Jose\u{301}"), 4)
        XCTAssertEqual(DisplayWidth.of("\u{301}" as Unicode.Scalar), 0)
    }

    func testHangulJamoSequenceIsTwoCells() {
        // 한 written as conjoining jamo: leading (wide) + vowel + final (zero width).
        XCTAssertEqual(DisplayWidth.of("\u{1112}\u{1161}\u{11AB}"), 2)
        XCTAssertEqual(DisplayWidth.of("ㄱ"), 2)   // compatibility jamo
    }

    func testFullwidthFormsAndPunctuation() {
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4)
        XCTAssertEqual(DisplayWidth.of("，。"), 4)
        XCTAssertEqual(DisplayWidth.of("ｱ"), 1)   // halfwidth katakana stays narrow
    }

    func testEmoji() {
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("❤️"), 2)          // heart + VS16
        XCTAssertEqual(DisplayWidth.of("👨‍👩‍👧"), 2)   // ZWJ family is one character
        XCTAssertEqual(DisplayWidth.of("🇨🇳"), 2)          // flag: two regional indicators
    }

    func testEscIsSanitizedToAVisiblePlaceholder() {
        let clean = Sanitizer.singleLine("A\u{1B}[2JB")
        XCTAssertEqual(clean, "A\u{241B}[2JB")
        XCTAssertFalse(clean.unicodeScalars.contains("\u{1B}"))
        XCTAssertEqual(DisplayWidth.of(clean), 6)
    }

    func testSanitizerCoversTabNewlineC1AndBidi() {
        XCTAssertEqual(Sanitizer.singleLine("a\tb\nc\rd"), "a\u{2409}b\u{240A}c\u{240D}d")
        XCTAssertEqual(Sanitizer.singleLine("x\u{9B}31m"), "x\u{FFFD}31m")
        XCTAssertEqual(Sanitizer.singleLine("abc\u{202E}def"), "abc\u{FFFD}def")
        XCTAssertEqual(Sanitizer.singleLine("del\u{7F}"), "del\u{2421}")
        XCTAssertEqual(Sanitizer.singleLine("张伟 María"), "张伟 María")
    }

    func testSanitizerSplitsLines() {
        XCTAssertEqual(Sanitizer.lines("一\r\n二\rthree\n\u{1B}"), ["一", "二", "three", "\u{241B}"])
    }
}
