import XCTest
@testable import RevisitCore

/// The byte readers the import uses for speed must agree with the text rules they stand in for:
/// the same value whenever they give one, and nil (leaving it to the text rules) otherwise.
final class ByteReadingTests: XCTestCase {
    static let samples = [
        "", " ", "\t", "\u{3000}", "  ", "a", " a", "a ", " a ", "\u{3000}地址\u{3000}", "\t x\t", " 张伟 ",
        " \u{301}x", "x \u{301}", "\u{3000}\u{301}", "\u{600} ", " \r\n", "a\r\n ", "é ", " é",
        "138 0013 8000", "+86 137-0000-1111", "010-1234-5678", "138-ABC-8000", "123456", "1234567890123456",
        "++8613800138000", "1+38001380000", "１３８００１３８０００", "138\u{301}00138000",
        "lsvau2180n2123456", "LSVAU2180N2123456", "LSVAU2180N212345I", "LSVAU2180N212345ö", "short",
        "maintenance", "MAINTENANCE", "Repair", "保养", "新车交付", "bodywor\u{212A}", "wash",
        "yes", "YES", "No", "0", "1", "是", "否", "是的", "maybe",
        "0", "0.5", "1260.50", "99999.99", "1.", ".5", "1.234", "-5", "1..", "1.2.3", "123456789012", "1234567890123",
        "1\u{301}.00", "1.\u{301}5", "٣",
        "a\u{1B}b", "a\u{7F}", "c\u{85}d", "line\nbreak", "cr\rhere", "tab\there", "\u{A0}nbsp",
    ]

    func bytes<R>(_ text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        var text = text
        return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }

    func testTrimmingAgreesOrStepsAside() {
        var decided = 0
        for s in Self.samples {
            guard let trimmed = bytes(s, { SpaceTrimming.trimmed($0).map { String(decoding: $0, as: UTF8.self) } }) else { continue }
            decided += 1
            XCTAssertEqual(trimmed, s.trimmingSpaces, String(reflecting: s))
        }
        XCTAssertNil(bytes(" \u{301}x", SpaceTrimming.trimmed))
        XCTAssertGreaterThan(decided, Self.samples.count / 2)
    }

    func testPhoneDigits() {
        for s in Self.samples {
            guard let digits = bytes(s, Phone.digits(plainUTF8:)) else { continue }
            XCTAssertEqual(digits, try? Phone.parse(s).get().digits, String(reflecting: s))
        }
        XCTAssertEqual(bytes("+86 137-0000-1111", Phone.digits(plainUTF8:)), "8613700001111")
    }

    func testVIN() {
        for s in Self.samples {
            guard let vin = bytes(s, VIN.plainUppercased(utf8:)) else { continue }
            XCTAssertEqual(vin, s.uppercased(), String(reflecting: s))
            if !vin.isEmpty { XCTAssertNil(VIN.problem(vin), s) }
        }
        XCTAssertEqual(bytes("lsvau2180n2123456", VIN.plainUppercased(utf8:)), "LSVAU2180N2123456")
    }

    func testVisitTypesAndFlags() {
        for s in Self.samples {
            if let type = bytes(s, VisitType.init(plainUTF8:)) { XCTAssertEqual(type, VisitType(spelled: s), s) }
            if let flag = bytes(s, RowReader.plainFlag) {
                XCTAssertEqual(flag, ["yes", "是", "1"].contains(s.lowercased()), s)
                XCTAssertTrue(["", "no", "否", "0", "yes", "是", "1"].contains(s.lowercased()), s)
            }
        }
        XCTAssertEqual(bytes("新车交付", VisitType.init(plainUTF8:)), .delivery)
        XCTAssertEqual(bytes("Repair", VisitType.init(plainUTF8:)), .repair)
        // The Chinese spellings are read from the bytes, not left to the text rules.
        XCTAssertEqual(bytes("是", RowReader.plainFlag), true)
        XCTAssertEqual(bytes("否", RowReader.plainFlag), false)
        XCTAssertNil(bytes("是的", RowReader.plainFlag))
    }

    func testAmountsFromBytesAsFromCharacters() {
        for s in Self.samples {
            let characters: Int? = {
                let parts = s.split(separator: ".", omittingEmptySubsequences: false)
                guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 12,
                      whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
                let fraction = parts.count == 2 ? String(parts[1]) : ""
                guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
                      parts.count == 1 || !fraction.isEmpty else { return nil }
                return Int(whole)! * 100 + Int(fraction + String(repeating: "0", count: 2 - fraction.count))!
            }()
            XCTAssertEqual(Money.cents(s), characters, String(reflecting: s))
        }
    }

    func testControlCharactersByBytes() {
        for s in Self.samples {
            for multiline in [false, true] {
                XCTAssertEqual(bytes(s) { ControlCharacters.firstForbidden(in: $0, multiline: multiline) },
                               s.unicodeScalars.first { ControlCharacters.isForbidden($0, multiline: multiline) },
                               String(reflecting: s))
            }
        }
    }
}
