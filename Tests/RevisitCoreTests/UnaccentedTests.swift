import XCTest
@testable import RevisitCore

final class UnaccentedTests: XCTestCase {
    func testAccentedLatinLettersLoseTheirAccents() {
        XCTAssertEqual(Unaccented.text("Núñez García"), "Nunez Garcia")
        XCTAssertEqual(Unaccented.text("ÇA VA, JOSÉ"), "CA VA, JOSE")
        XCTAssertEqual(Unaccented.text("Nguyễn Thị Ánh"), "Nguyen Thi Anh")
        // Decomposed: a plain letter and a combining tilde.
        XCTAssertEqual(Unaccented.text("Nu\u{303}n\u{303}ez"), "Nunez")
    }

    func testOtherTextComesBackAsItIs() {
        for text in ["张伟", "김민준", "Straße", "Æsir", "粤B·12345", "plain ascii", ""] {
            XCTAssertEqual(Unaccented.text(text), text)
        }
    }

    func testTheCustomerSearchFindsNamesTypedWithoutAccents() {
        var state = StoreState()
        state.save(Customer(id: "C000001", name: "Ana Núñez", phones: ["13700000073"]))
        state.save(Customer(id: "C000002", name: "张伟", phones: ["13800138000"]))
        let index = CustomerSearchIndex(state)
        XCTAssertEqual(index.search("nunez", limit: 10).ids, ["C000001"])
        XCTAssertEqual(index.search("NÚÑEZ", limit: 10).ids, ["C000001"])
        XCTAssertEqual(index.search("张伟", limit: 10).ids, ["C000002"])
    }

    func testHangulNamesAreFoundByTheirInitials() {
        XCTAssertEqual(HangulInitials.of("김서연"), "ㄱㅅㅇ")
        XCTAssertEqual(HangulInitials.of("최수빈"), "ㅊㅅㅂ")
        XCTAssertEqual(HangulInitials.of("가힣"), "ㄱㅎ")          // the first and last syllables
        XCTAssertEqual(HangulInitials.of("Kim 빼빠"), "ㅃㅃ")
        XCTAssertNil(HangulInitials.of("张伟 Ana"))
        var state = StoreState()
        state.save(Customer(id: "C000001", name: "김서연", phones: ["13700000073"]))
        state.save(Customer(id: "C000002", name: "김수빈", phones: ["13800138000"]))
        state.save(Customer(id: "C000003", name: "张伟", phones: ["13800138001"]))
        let index = CustomerSearchIndex(state)
        XCTAssertEqual(index.search("ㄱㅅ", limit: 10).ids, ["C000001", "C000002"])
        XCTAssertEqual(index.search("ㅅㅇ", limit: 10).ids, ["C000001"])
        XCTAssertEqual(index.search("서연", limit: 10).ids, ["C000001"])
        XCTAssertEqual(index.search("ㅈ", limit: 10).total, 0)
    }
}
