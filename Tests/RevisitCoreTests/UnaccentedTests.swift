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
}
