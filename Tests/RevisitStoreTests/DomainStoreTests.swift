import Foundation
import XCTest
import RevisitCore
@testable import RevisitStore

final class DomainStoreTests: StoreTestCase {
    static let sample = """
    ro_number,customer_name,phone,plate,model,visit_type,opened_at,delivered_at
    RO-1,张伟,138 0013 8000,粤B·12345,朗逸,maintenance,2026-11-02 09:10,2026-11-02 15:40
    RO-2,Kim Minjun,01012345678,서울12가3456,Tiguan,repair,2026-11-10,2026-11-10 16:00
    """

    func importSample(into store: RevisitStore) throws -> ImportSummary {
        let file = try RepairOrderFile(data: Data(Self.sample.utf8), name: "sample.csv")
        XCTAssertEqual(file.problems, [])
        return try store.perform(ImportRepairOrders(orders: file.orders), as: admin, now: now)
    }

    func testASecondProcessSeesTheFirstOnesImport() throws {
        let a = try RevisitStore(opening: dir)
        let b = try RevisitStore(opening: dir)
        XCTAssertEqual(try importSample(into: a).customersAdded, 2)
        XCTAssertNil(b.state.findCustomer("13800138000"))
        XCTAssertTrue(try b.refresh())
        XCTAssertEqual(b.state.findCustomer("13800138000")?.name, "张伟")
        XCTAssertEqual(b.state.findCustomer("서울 12가 3456")?.name, "Kim Minjun")
        // b decides against a's write: importing again adds nothing and no customer id repeats.
        XCTAssertEqual(try importSample(into: b), ImportSummary())
        XCTAssertEqual(try RevisitStore(opening: dir).state.customers.count, 2)
    }

    func testRecentEventsAreWhatChangedTheStateSinceItWasLoaded() throws {
        _ = try importSample(into: try RevisitStore(opening: dir))
        let a = try RevisitStore(opening: dir), b = try RevisitStore(opening: dir)
        XCTAssertEqual(a.recentEvents.count, 0, "loading is not a change")
        XCTAssertEqual(a.recentEvents.since(0)?.count, 0)
        var c = try XCTUnwrap(b.state.findCustomer("13800138000"))
        c.name = "张伟伟"
        _ = try b.perform(SaveCustomer(c), as: admin, now: now)
        XCTAssertTrue(try a.refresh())
        c.name = "张大伟"
        _ = try a.perform(SaveCustomer(c), as: admin, now: now)
        let names = try XCTUnwrap(a.recentEvents.since(0)).map { ($0 as? CustomerSaved)?.customer.name }
        XCTAssertEqual(names, ["张伟伟", "张大伟"], "another process's save, then this one's")
        XCTAssertEqual(a.recentEvents.since(1)?.count, 1)
        XCTAssertNil(a.recentEvents.since(3), "a count the store never gave")
    }

    /// A damaged line is left out and named; a save cut short by a killed process is not: it
    /// never happened, and the next save tidies it away.
    func testWhatOpeningLeftOutIsDamageNotAnUnfinishedSave() throws {
        _ = try importSample(into: try RevisitStore(opening: dir))
        let segment = try XCTUnwrap(try FileManager.default.contentsOfDirectory(
            at: dir.appendingPathComponent("journal"), includingPropertiesForKeys: nil).first { $0.pathExtension == "log" })
        let handle = try FileHandle(forWritingTo: segment)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("0badf00d\t99+\t2026-11-23T10:00:00+08:00\tboss\tcustomer.saved\tC9".utf8))
        try handle.close()
        let torn = try RevisitStore(opening: dir)
        XCTAssertEqual(torn.leftOut, [])
        _ = try torn.perform(SaveCustomer(try XCTUnwrap(torn.state.findCustomer("13800138000"))), as: admin, now: now)
        XCTAssertFalse(torn.damage.isEmpty, "the save moved the torn bytes to quarantine")
        XCTAssertEqual(torn.leftOut, [], "and that is no loss")

        var bytes = try Data(contentsOf: segment)
        let secondLine = try XCTUnwrap(bytes.firstIndex(of: 0x0A)) + 20
        bytes[secondLine] = bytes[secondLine] == 0x41 ? 0x42 : 0x41
        try bytes.write(to: segment)
        let damaged = try RevisitStore(opening: dir)
        XCTAssertEqual(damaged.leftOut.count, 1)
        XCTAssertTrue(damaged.leftOut[0].contains("line 2") && damaged.leftOut[0].contains("bad checksum"), damaged.leftOut[0])
    }

    func testRecentEventsLetTheOldestGo() {
        var recent = RecentEvents(limit: 2)
        for i in 1 ... 5 { recent.append(CustomerSaved(Customer(id: CustomerID.make(i), name: "张伟", phones: []))) }
        XCTAssertEqual(recent.count, 5)
        XCTAssertEqual(recent.since(2)?.map { ($0 as? CustomerSaved)?.customer.id }, ["C000003", "C000004", "C000005"])
        XCTAssertNil(recent.since(0), "no longer kept")
    }

    func testStaleProcessStillGetsFreshCustomerIDs() throws {
        let a = try RevisitStore(opening: dir)
        let b = try RevisitStore(opening: dir)
        _ = try importSample(into: a)
        let other = try RepairOrderFile(data: Data("""
        ro_number,customer_name,phone,plate,model,visit_type,opened_at,delivered_at
        RO-3,李娜,13912345678,粤B·88K21,途观L,repair,2026-11-03,2026-11-05
        """.utf8), name: "b.csv")
        _ = try b.perform(ImportRepairOrders(orders: other.orders), as: admin, now: now)
        let ids = try RevisitStore(opening: dir).state.customerIDs
        XCTAssertEqual(ids, ["C000001", "C000002", "C000003"])
    }

    func testRefusedCommandLeavesTheJournalUntouched() throws {
        let store = try RevisitStore(opening: dir)
        _ = try importSample(into: store)
        let before = try journalBytes()
        var c = try XCTUnwrap(store.state.findCustomer("13800138000"))
        c.phones = ["01012345678"]
        XCTAssertThrowsError(try store.perform(SaveCustomer(c), as: admin, now: now)) { error in
            XCTAssertEqual((error as? CommandError)?.kind, .conflict)
        }
        XCTAssertEqual(try journalBytes(), before)
    }

    func testBadRowsAreAllNamedWithLineAndColumn() throws {
        let file = try RepairOrderFile(data: Data("""
        \u{FEFF}工单号,客户名称,电话,车牌号,车型,业务类型,进厂时间,交车时间\r
        RO-1,张伟,1380013800x,粤B·12345,朗逸,保养,2026-11-02,2026-11-02\r
        RO-2,李娜,13912345678,粤B·88K21,途观L,维修,2026-11-31,2026-11-05\r
        RO-3,王强,13700001111,粤A·6F789,迈腾,保险,2026-10-28,2026-11-06\r

        """.utf8), name: "x.csv")
        XCTAssertEqual(file.problems.map { "\($0.line):\($0.column)" }, ["2:phone", "3:opened_at"])
        XCTAssertEqual(file.orders.map(\.roNumber), ["RO-3"])
        XCTAssertTrue(String(decoding: file.rejectedCSV(), as: UTF8.self).contains("RO-2,李娜"))
    }

    func testUnknownStaffAndImpersonationRules() throws {
        let store = try RevisitStore(opening: dir)
        try store.addStaff(StaffMember(login: "li.na", name: "李娜", role: .rep))
        XCTAssertEqual(try Identity.resolve(osLogin: "boss", requested: "li.na", staff: store.staff).login, "li.na")
        XCTAssertThrowsError(try Identity.resolve(osLogin: "li.na", requested: "boss", staff: store.staff))
        XCTAssertThrowsError(try Identity.resolve(osLogin: "stranger", requested: nil, staff: store.staff))
        XCTAssertThrowsError(try store.addStaff(StaffMember(login: "li.na", name: "again", role: .rep)))
        XCTAssertEqual(try RevisitStore(opening: dir).staff["li.na"]?.name, "李娜")
    }

    func testConfigRoundTripsAndRefusesUnknownKeys() throws {
        var config = ShopConfig()
        config.shopName = "测试 \"4S\" 店"
        config.businessHours.holidays = [CivilDate("2026-10-01")!]
        config.rules.secondFollowupDays = 0
        XCTAssertEqual(try ConfigFile.parse(ConfigFile.render(config)), config)
        XCTAssertThrowsError(try ConfigFile.parse("shop_nmae = \"x\"")) { error in
            XCTAssertTrue("\(error)".contains("shop_nmae"))
        }
        let windows = [
            ("calling_windows = [\"10:00-09:00\"]", "calling_windows 10:00-09:00 ends before it starts; a window lies within one day"),
            ("calling_windows = [\"10:00-25:00\"]", "calling_windows 10:00-25:00 is not HH:MM-HH:MM (hours 00 to 24, minutes 00 to 59)"),
            ("[business_hours]\nhours = \"18:00-08:30\"", "business_hours.hours ends before it starts; a window lies within one day"),
        ]
        for (text, why) in windows {
            XCTAssertThrowsError(try ConfigFile.parse(text)) { error in XCTAssertEqual("\(error)", "config.toml: " + why) }
        }
    }

    func testTheConfiguredLanguageIsOneTheScreensSpeak() throws {
        for code in ["", "en", "zh", "ko", "es"] {
            XCTAssertEqual(try ConfigFile.parse("language = \"\(code)\"").language, code)
        }
        XCTAssertThrowsError(try ConfigFile.parse("language = \"fr\"")) { error in
            XCTAssertEqual("\(error)", "config.toml: language must be \"en\", \"zh\", \"ko\", \"es\" or empty")
        }
        let speed = ShopConfig().survey[0]
        XCTAssertEqual(speed.text(in: "ko"), "접수, 출고, 정산 속도")
        XCTAssertEqual(SurveyQuestion(id: "q", text: ["en": "Quiet?"], department: "x").text(in: "es"), "Quiet?")
        // a store made before Korean: its default question takes the default's Korean, a changed one stays English
        let older = SurveyQuestion(id: "speed", text: ["en": speed.text["en"]!, "zh": "速度"], department: "reception")
        XCTAssertEqual(older.text(in: "ko"), "접수, 출고, 정산 속도")
        XCTAssertEqual(older.text(in: "zh"), "速度")
        XCTAssertEqual(SurveyQuestion(id: "speed", text: ["en": "Speed"], department: "reception").text(in: "ko"), "Speed")
    }

    /// A process keeps following the journal while the staff file does not read, keeping the
    /// last list, and takes the file again once it is mended.
    func testABrokenStaffFileNeverStopsAProcessFollowingTheJournal() throws {
        let a = try RevisitStore(opening: dir), b = try RevisitStore(opening: dir)
        let staffFile = dir.appendingPathComponent(StaffFile.name)
        let good = try String(contentsOf: staffFile, encoding: .utf8)
        try (good + "\n[[staff]]\nlogin = \"li.na\"\nnmae = \"李娜\"\nrole = \"rep\"\n").write(to: staffFile, atomically: true, encoding: .utf8)
        XCTAssertEqual(try importSample(into: b).customersAdded, 2)
        XCTAssertTrue(try a.refresh())
        XCTAssertEqual(a.state.findCustomer("13800138000")?.name, "张伟", "the import, read past the broken staff file")
        XCTAssertEqual(a.staff.members.map(\.login), ["boss"], "the last list stays in force")
        try (good + "\n[[staff]]\nlogin = \"li.na\"\nname = \"李娜\"\nrole = \"rep\"\n").write(to: staffFile, atomically: true, encoding: .utf8)
        XCTAssertTrue(try a.refresh())
        XCTAssertEqual(a.staff.members.map(\.login), ["boss", "li.na"])
    }

    /// A person's language is kept in the staff file, written only when set, and refused by
    /// name when the screens do not speak it.
    func testTheStaffFileKeepsEachPersonsLanguage() throws {
        var staff = StaffDirectory()
        try staff.add(StaffMember(login: "kim.sy", name: "김서연", role: .rep, language: "ko"))
        try staff.add(StaffMember(login: "li.na", name: "李娜", role: .rep))
        let text = StaffFile.render(staff)
        XCTAssertEqual(text.components(separatedBy: "language = ").count, 2, text)
        XCTAssertEqual(try StaffFile.parse(text).members.map(\.language), ["ko", ""])
        XCTAssertThrowsError(try StaffFile.parse("[[staff]]\nlogin = \"a\"\nname = \"A\"\nrole = \"rep\"\nlanguage = \"fr\"\n")) { error in
            XCTAssertEqual("\(error)", "staff.toml: staff[1] language fr must be \"en\", \"zh\", \"ko\", \"es\" or empty")
        }
    }

    /// A misspelt key in the staff file is named, never dropped with the person it belonged to.
    func testTheStaffFileRefusesUnknownKeysByName() throws {
        let person = "login = \"li.na\"\nname = \"李娜\"\nrole = \"rep\"\n"
        XCTAssertEqual(try StaffFile.parse("[[staff]]\n" + person).members.map(\.login), ["li.na"])
        let cases = [
            ("[[staf]]\n" + person, "staff.toml: staf is not a known setting; each person is a [[staff]] table"),
            ("[[staff]]\n" + person.replacingOccurrences(of: "name", with: "nmae"),
             "staff.toml: staff[1] nmae is not a known setting (login, name, role, department, language)"),
        ]
        for (text, why) in cases {
            XCTAssertThrowsError(try StaffFile.parse(text)) { error in XCTAssertEqual("\(error)", why) }
        }
    }

    /// A staff file that cannot be read says why (a rep outside the store's group meets
    /// "Permission denied"; here, a folder where the file should be).
    func testAStaffFileThatCannotBeReadSaysWhy() throws {
        let staffFile = dir.appendingPathComponent(StaffFile.name)
        try FileManager.default.removeItem(at: staffFile)
        try FileManager.default.createDirectory(at: staffFile, withIntermediateDirectories: false)
        XCTAssertThrowsError(try RevisitStore(opening: dir)) { error in
            XCTAssertEqual("\(error)", "cannot read \(staffFile.path): it is a folder, not a file")
        }
    }

    /// A login outside a shared store's group is told so, not invited to create a second store.
    func testAFolderThatMayNotBeReadIsNotCalledNoStore() {
        let folder = URL(fileURLWithPath: "/srv/revisit")
        XCTAssertEqual(MissingStore.error(at: folder, code: EACCES, group: "revisit"),
                       .io("cannot open the store /srv/revisit: Permission denied; it is open to its group revisit only, "
                           + "so ask its admin to add your login to that group"))
        XCTAssertEqual(MissingStore.error(at: folder, code: ENOENT, group: "revisit"),
                       .notAStore("/srv/revisit is not a Revisit store (no config.toml); create one with `revisit init` or `revisit demo`"))
    }

    func journalBytes() throws -> [Data] {
        let journal = dir.appendingPathComponent("journal")
        return try FileManager.default.contentsOfDirectory(atPath: journal.path).sorted()
            .filter { $0.hasSuffix(".log") }
            .map { try Data(contentsOf: journal.appendingPathComponent($0)) }
    }
}
