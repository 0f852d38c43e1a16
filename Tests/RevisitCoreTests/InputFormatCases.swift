import Testing
@testable import RevisitCore

/// Table-driven cases for the formats a repair-order export brings in, one case per row.
struct InputFormatCases {
    @Test(arguments: [
        ("138 0013 8000", "13800138000"), ("+86 137-0000-1111", "8613700001111"),
        ("010-1234-5678", "01012345678"), ("+34 612 345 678", "34612345678"),
    ])
    func phonesKeepTheirDigits(_ written: String, _ digits: String) throws {
        #expect(try Phone.parse(written).get().digits == digits)
    }

    @Test(arguments: ["138-ABC-8000", "123456", "1234567890123456", "++8613800138000", "138 0013 8000 ext 5", ""])
    func badPhonesAreRefused(_ written: String) {
        #expect(throws: Phone.Problem.self) { try Phone.parse(written).get() }
    }

    @Test(arguments: ["2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "26-11-23", "2026/11/23", "2026-11-23 25:00"])
    func impossibleTimesAreRefused(_ text: String) {
        #expect(CivilTime(text) == nil)
    }

    @Test(arguments: [("0", 0), ("0.5", 50), ("1260.50", 126050), ("99999.99", 9999999)])
    func amountsBecomeCents(_ text: String, _ cents: Int) {
        #expect(Money.cents(text) == cents)
    }
}
