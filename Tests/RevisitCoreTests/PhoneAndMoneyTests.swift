import XCTest
@testable import RevisitCore

final class PhoneAndMoneyTests: XCTestCase {
    func testPhoneKeepsDigitsOnly() throws {
        XCTAssertEqual(try Phone.parse("138 0013 8000").get().digits, "13800138000")
        XCTAssertEqual(try Phone.parse("+86 137-0000-1111").get().digits, "8613700001111")
    }

    func testPhoneWithLettersOrWrongLengthIsRefused() {
        XCTAssertEqual(Phone.parse("138-ABC-8000"), .failure(.badCharacter("A")))
        XCTAssertEqual(Phone.parse("12345"), .failure(.length(5)))
        XCTAssertEqual(Phone.parse("1234567890123456"), .failure(.length(16)))
        XCTAssertEqual(Phone.parse(" "), .failure(.empty))
        XCTAssertEqual(Phone.parse("13+800138000"), .failure(.badCharacter("+")))
    }

    func testMoney() {
        XCTAssertEqual(Money.cents("1260.50"), 126050)
        XCTAssertEqual(Money.cents("0"), 0)
        XCTAssertEqual(Money.cents("580.5"), 58050)
        XCTAssertNil(Money.cents("-1"))
        XCTAssertNil(Money.cents("1.234"))
        XCTAssertNil(Money.cents("1."))
        XCTAssertNil(Money.cents("abc"))
        XCTAssertEqual(Money.format(126050), "1260.50")
    }

    func testPlateKeyIgnoresSpacesAndDots() {
        XCTAssertEqual(Plate.key("粤B·12345"), "粤B12345")
        XCTAssertEqual(Plate.key("粤b 12345"), "粤B12345")
        XCTAssertEqual(Plate.key("1234 BCD"), "1234BCD")
    }

    func testVIN() {
        XCTAssertNil(VIN.problem("LSVAU2180N2123456"))
        XCTAssertNotNil(VIN.problem("LSVAU2180N212345"))
        XCTAssertNotNil(VIN.problem("LSVAU2180N212345O"))
    }
}
