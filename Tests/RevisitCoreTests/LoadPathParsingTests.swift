import XCTest
@testable import RevisitCore

/// The byte-level parsers the store's loader uses must agree exactly with the String ones.
final class LoadPathParsingTests: XCTestCase {
    func testTimeAndDateFromBytesAgreeWithStrings() {
        let samples = ["2026-11-02 15:40", "2026-11-02T15:40", "2026-11-02", "2000-02-29", "2026-02-29",
                       "2026-11-02 24:00", "2026-11-02 12:60", "2026-11-02 1:40", "2026-11-0a", "2026-11-02x15:40",
                       "", "2026", "٢٠٢٦-11-02", "2026-11-02 15:40 "]
        for text in samples {
            let time = Array(text.utf8).withUnsafeBytes { CivilTime(utf8: $0) }
            let date = Array(text.utf8).withUnsafeBytes { CivilDate(utf8: $0) }
            XCTAssertEqual(time, CivilTime(text), text)
            XCTAssertEqual(date, CivilDate(text), text)
        }
        XCTAssertEqual(CivilTime("x2026-11-02 15:40".dropFirst())?.description, "2026-11-02 15:40")
        XCTAssertEqual(CivilDate("[2026-11-02]".dropFirst().dropLast())?.days, CivilDate("2026-11-02")?.days)
    }

    func testFieldDecoderNumbersMatchIntParsing() throws {
        let samples = ["0", "42", "-7", "+5", "-0", "", "+", "-", " 1", "1 ", "1a", "٣", "007",
                       "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809"]
        let f = try FieldDecoder(ArrayFieldReader(samples), type: "t", minimumCount: samples.count)
        for (i, text) in samples.enumerated() {
            XCTAssertEqual(try? f.int(i), Int(text), "int of \(String(reflecting: text))")
            if text.isEmpty { XCTAssertNil(try f.optionalInt(i)) }
        }
    }

    func testFieldDecoderFlagsListsAndMissingFields() throws {
        let f = try FieldDecoder(ArrayFieldReader(["1", "0", "11", "138,139", "138", ",", "", "2026-11-02"]),
                                 type: "t", minimumCount: 1)
        XCTAssertEqual([f.bool(0), f.bool(1), f.bool(2), f.bool(6), f.bool(99)], [true, false, false, false, false])
        XCTAssertEqual(f.list(3), ["138", "139"])
        XCTAssertEqual(f.list(4), ["138"])
        XCTAssertEqual(f.list(5), [])
        XCTAssertEqual(f.list(6), [])
        XCTAssertEqual(f.list(99), [], "a field past the end reads as empty")
        XCTAssertNil(try f.optionalDate(99))
        XCTAssertEqual(try f.optionalDate(7), CivilDate("2026-11-02"))
        XCTAssertThrowsError(try f.time(99)) { XCTAssertEqual("\($0)", "t: field 100 is not a time") }
        XCTAssertThrowsError(try f.optionalDate(3)) { XCTAssertEqual("\($0)", "t: field 4 is not a date") }
    }

    func testPlateKeyShortcutAgreesWithTheGeneralRule() {
        let general = { (w: String) in
            String(w.filter { $0 != " " && $0 != "·" && $0 != "\u{3000}" && $0 != "\t" }).uppercased()
        }
        for plate in ["粤B·12345", "粤b 12345", "京a\u{3000}12345", "서울12가3456", "1234 bcd", "abc\tdef", "\r\nx", "",
                      "·", "\u{3000}粤B", "一鿿가힣", "a\u{7F}"] {
            XCTAssertNotNil(Plate.commonKey(plate), plate)
            XCTAssertEqual(Plate.key(plate), general(plate), plate)
        }
        // Outside the shortcut's alphabet the general rule decides: a combining accent stays with
        // its letter, and ß upper-cases to SS.
        for plate in ["e\u{301}a 1", "straße 1", "ǆ1", "ｱ1", "😀1", "é", "〇1", "粤B\u{B8}"] {
            XCTAssertNil(Plate.commonKey(plate), plate)
            XCTAssertEqual(Plate.key(plate), general(plate), plate)
        }
    }

    func testDescriptionsSpellEveryYearAsBefore() {
        let old = { (d: CivilDate) -> String in
            let (y, m, day) = d.ymd
            return "\(Digits.pad(y, 4))-\(Digits.pad(m, 2))-\(Digits.pad(day, 2))"
        }
        let edges = [CivilDate(year: 1900, month: 1, day: 1)!, CivilDate(year: 9999, month: 12, day: 31)!]
        for days in [-800_000, -719_529, -719_528, -1, 0, 1, 20_780, 2_932_896, 2_932_897, 4_000_000] + edges.map(\.days) {
            let date = CivilDate(days: days)
            XCTAssertEqual(date.description, old(date), "day \(days)")
            let time = CivilTime(date: date, hour: 23, minute: 59)
            XCTAssertEqual(time.description, old(date) + " 23:59")
        }
        XCTAssertEqual(CivilDate(days: -719_528).description, "0000-01-01")
        XCTAssertEqual(CivilTime("2026-03-05 07:09")?.description, "2026-03-05 07:09")
    }

    func testNumbersByKeyReadsRatingsAsTheTextSplitDid() throws {
        // The reading the ratings field had before it was read from bytes.
        func split(_ text: String) -> [String: Int]? {
            var result: [String: Int] = [:]
            for pair in text.split(separator: ",") {
                let parts = pair.split(separator: "=")
                guard parts.count == 2, let n = Int(parts[1]) else { return nil }
                result[String(parts[0])] = n
            }
            return result
        }
        let samples = ["", "speed=5", "speed=5,prices=4,staff=1", ",,speed=5,", "a==5", "=5", "a=", "a=5=6", "a=x",
                       "a=+3", "a=-2", "张=5", "a=5,a=2", "a 5", "a=99999999999999999999"]
        let f = try FieldDecoder(ArrayFieldReader(samples), type: "call.logged", minimumCount: 0)
        for (i, text) in samples.enumerated() {
            XCTAssertEqual(try? f.numbersByKey(i, what: "rating"), split(text), text)
        }
        XCTAssertThrowsError(try f.numbersByKey(8, what: "rating")) {
            XCTAssertEqual("\($0)", "call.logged: field 9 has a bad rating \"a=x\"")
        }
    }

    func testTrimmingSpacesShortcutAgreesWithTheCharacterRule() {
        let rule = { (text: String) -> String in
            let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
            guard let start = text.firstIndex(where: { !isSpace($0) }) else { return "" }
            return String(text[start ... text.lastIndex(where: { !isSpace($0) })!])
        }
        for text in ["", " ", "张伟", " 张伟 ", "\u{3000}粤B\u{3000}", "\tx\t", "a", "e\u{301}", " \u{301}x", "x \u{301}",
                     "中", "\u{3001}", "a\u{3000}", "\u{3000}", "ab cd"] {
            XCTAssertEqual(text.trimmingSpaces, rule(text), String(reflecting: text))
            XCTAssertEqual(text.dropFirst(0).trimmingSpaces, rule(text))
        }
    }
}
