import Foundation
import XCTest
import RevisitCore
@testable import RevisitTUI

final class WordSearchTests: XCTestCase {
    /// Pieces whose spellings differ in bytes but not in meaning, or that join their neighbours.
    static let pieces = ["a", "e", "n", "1", " ", "\u{1F}", "·", "é", "e\u{301}", "\u{301}", "ñ", "n\u{303}",
                         "김", "기", "\u{1100}\u{1175}\u{11B7}", "\u{11B7}", "京", "\u{8C48}", "\u{F900}", "\u{387}",
                         "\r", "\n", "\r\n", "👍", "\u{200D}", "ｂ"]

    func testFindsWhatContainsFindsWhateverTheSpelling() {
        var random = SeededRandom(seed: 6)
        let phrase = { (n: ClosedRange<Int>) in (0 ..< random.int(n)).map { _ in random.pick(Self.pieces) }.joined() }
        let texts = (0 ..< 300).map { _ in phrase(0 ... 8) }
        let search = WordSearch(texts)
        for _ in 0 ..< 400 {
            let words = (0 ..< random.int(1 ... 2)).map { _ in phrase(0 ... 3) }
            let expected = texts.indices.filter { i in words.allSatisfy { texts[i].contains($0) } }
            XCTAssertEqual(search.indexes(containingAll: words), expected, "words \(words.map { Array($0.unicodeScalars) })")
        }
    }

    func testChineseHangulAndLatinWordsInOneSpellingTexts() {
        let texts = ["张伟\u{1F}13800138000\u{1F}粤b·12345", "김민준\u{1F}粤a·aa001", "josé pérez\u{1F}c000003", ""]
        let search = WordSearch(texts)
        XCTAssertEqual(search.indexes(containingAll: ["粤b"]), [0])
        XCTAssertEqual(search.indexes(containingAll: ["粤"]), [0, 1])
        XCTAssertEqual(search.indexes(containingAll: ["기"]), [], "a syllable is not part of a longer one")
        XCTAssertEqual(search.indexes(containingAll: ["김", "aa0"]), [1])
        XCTAssertEqual(search.indexes(containingAll: ["pé"]), [2])
        XCTAssertEqual(search.indexes(containingAll: ["pe\u{301}"]), [2], "the decomposed spelling finds the composed one")
        XCTAssertEqual(search.indexes(containingAll: [""]), [], "an empty word is found nowhere")
        XCTAssertEqual(search.indexes(containingAll: []), [0, 1, 2, 3])
    }
}
