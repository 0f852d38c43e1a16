import XCTest
import RevisitCore
import RevisitStore
@testable import RevisitTUI

final class CustomerScreensTests: XCTestCase {
    func testListAlignsWideNamesToTheirColumns() throws {
        let fixture = try StoreFixture()
        let lines = try fixture.run(CustomerListScreen()) { _ in }
        XCTAssertEqual(Array(lines[2...7]), [
            "ID      Name                    Phone         Plates                  Last visit",
            "C000001 张伟                    13800138000   粤B·12345               2026-11-02",
            "C000002 李娜                    13912345678   粤B·88K21               2026-11-05",
            "C000003 Kim Minjun              01012345678   서울12가3456            2026-11-10",
            "C000004 María García            34612345678   1234 BCD                2026-11-11",
            "C000005 欧阳建华                13700001111   粤A·6F789               2025-06-01",
        ])
        XCTAssertTrue(lines[1].hasSuffix("to search by name, phone or plate"), lines[1])
    }

    func testSearchAsYouTypeByPlatePhoneAndName() throws {
        let fixture = try StoreFixture()
        let byPlate = try fixture.run(CustomerListScreen()) { t in t.type("/粤b 88") }
        XCTAssertTrue(byPlate[1].hasPrefix("Search: 粤b 88"), byPlate[1])
        XCTAssertTrue(byPlate[1].hasSuffix("1 of 5 customers"), byPlate[1])
        XCTAssertTrue(byPlate[3].hasPrefix("C000002 李娜"), byPlate[3])
        XCTAssertEqual(byPlate[4].trimmingCharacters(in: .whitespaces), "")

        let byPhone = try fixture.run(CustomerListScreen()) { t in t.type("/010-1234") }
        XCTAssertTrue(byPhone[3].hasPrefix("C000003 Kim Minjun"), byPhone[3])
        let byName = try fixture.run(CustomerListScreen()) { t in t.type("/maría") }
        XCTAssertTrue(byName[3].hasPrefix("C000004 María García"), byName[3])
        // Typed without the accents, as on a keyboard not set up for Spanish.
        let unaccented = try fixture.run(CustomerListScreen()) { t in t.type("/maria garcia") }
        XCTAssertTrue(unaccented[3].hasPrefix("C000004 María García"), unaccented[3])
        let none = try fixture.run(CustomerListScreen()) { t in t.type("/zzz") }
        XCTAssertEqual(none[3].trimmingCharacters(in: .whitespaces), "No customer matches")
    }

    func testEnterOpensTheCardWithVehiclesAndVisits() throws {
        let fixture = try StoreFixture()
        let lines = try fixture.run(CustomerListScreen()) { t in
            t.type("/欧阳")
            t.send(keys: .enter, .enter)
        }
        XCTAssertEqual(lines[0].trimmingCharacters(in: .whitespaces), "Revisit · Customer C000005 欧阳建华")
        XCTAssertTrue(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "Lost? No paying visit since 2025-06-01" },
                      lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix(" 粤A·6F789    迈腾       轿车") }, lines.joined(separator: "\n"))
        // The type column is as wide as the longest type, "maintenance".
        XCTAssertTrue(lines.contains { $0.hasPrefix(" 2025-06-01 粤A·6F789    repair      300.00    更换前刹车片") }, lines.joined(separator: "\n"))
        XCTAssertEqual(lines[22].trimmingCharacters(in: .whitespaces), "p new complaint  PageUp/PageDown scroll  Esc back",
                       "the card's keys on its last row")
    }

    func testEachVehicleShowsWhenItsMaintenanceFallsDue() throws {
        let fixture = try StoreFixture()
        let lines = try fixture.run(CustomerListScreen()) { t in
            t.type("/张伟")
            t.send(keys: .enter, .enter)
        }
        // RO-1, a maintenance on 2026-11-02, counts six months on.
        XCTAssertTrue(lines.contains { $0.hasPrefix(" 粤B·12345 ") && $0.contains(" service 2027-05-02") },
                      lines.joined(separator: "\n"))
        let later = StoreSession(store: fixture.store, actor: StoreFixture.admin) { CivilTime("2027-06-01 09:00")! }
        let zhang = try XCTUnwrap(later.state.customers["C000001"])
        let card = VehiclesSection.lines(for: zhang, session: later, language: .chinese, width: 80).map(\.text)
        XCTAssertEqual(card[1].trimmingCharacters(in: .whitespaces), "粤B·12345    朗逸       轿车   保养逾期 2027-05-02",
                       "the date right after the kind, before the VIN a narrow terminal cuts first")
        XCTAssertFalse(card[1].hasSuffix(" "), "no VIN, so no room kept for one: it pushed a long date past the edge")
        // Repairs alone give nothing to count from.
        let ouyang = try XCTUnwrap(later.state.customers["C000005"])
        let repairsOnly = VehiclesSection.lines(for: ouyang, session: later, language: .english, width: 80).map(\.text)
        XCTAssertEqual(repairsOnly.count, 2)
        XCTAssertFalse(repairsOnly[1].contains("service"), repairsOnly[1])
    }

    /// Lists in running text take each language's comma: "13800138000, 13912345678", "13800138000，13912345678".
    func testListsTakeTheLanguagesComma() throws {
        let fixture = try StoreFixture()
        let two = Customer(id: "C000001", name: "张伟", phones: ["13800138000", "13912345678"])
        let zh = CustomerSummarySection.lines(for: two, session: fixture.session, language: .chinese, width: 80).map(\.text)
        XCTAssertTrue(zh.contains("电话：13800138000，13912345678"), zh.joined(separator: "\n"))
        let en = CustomerSummarySection.lines(for: two, session: fixture.session, language: .english, width: 80).map(\.text)
        XCTAssertTrue(en.contains("Phone: 13800138000, 13912345678"), en.joined(separator: "\n"))
    }

    /// Each language writes its own colon after a label: "Phone: ", "电话：".
    func testCardLabelsInChineseTakeTheChineseColon() throws {
        let fixture = try StoreFixture()
        var app = try fixture.app(CustomerListScreen(), language: .chinese)
        let lines = fixture.run(&app) { t in
            t.type("/欧阳")
            t.send(keys: .enter, .enter)
        }.map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue(lines.contains { $0.hasPrefix("电话：") }, lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.contains(": ") }, lines.joined(separator: "\n"))
        let english = try fixture.run(CustomerListScreen()) { t in
            t.type("/欧阳")
            t.send(keys: .enter, .enter)
        }.map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue(english.contains { $0.hasPrefix("Phone: ") }, english.joined(separator: "\n"))
    }

    func testCardFollowsAnotherProcessesSave() throws {
        let fixture = try StoreFixture()
        let other = try RevisitStore(opening: fixture.directory)
        var customer = try XCTUnwrap(other.state.findCustomer("13912345678"))
        customer.doNotCall = "asked not to be called"
        var app = try fixture.app(CustomerCardScreen(customerID: customer.id))
        let before = fixture.run(&app) { _ in }
        XCTAssertFalse(before.contains { $0.hasPrefix(" Do not call") })
        _ = try other.perform(SaveCustomer(customer), as: StoreFixture.admin, now: StoreFixture.now)
        let lines = fixture.run(&app) { t in t.send(.timeout) }   // a tick, no key pressed
        XCTAssertTrue(lines.contains { $0.hasPrefix(" Do not call: asked not to be called") }, lines.joined(separator: "\n"))
    }
}

final class NavigatorHomeTests: XCTestCase {
    func testEachRoleStartsOnItsOwnScreen() {
        func home(_ role: Role) -> String { "\(type(of: Navigator.home(for: StaffMember(login: "x", name: "X", role: role))))" }
        XCTAssertEqual(home(.rep), "CallQueueScreen")
        XCTAssertEqual(home(.supervisor), "ComplaintQueueScreen")
        XCTAssertEqual(home(.advisor), "CustomerListScreen")
    }
}
