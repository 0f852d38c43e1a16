import Foundation
import XCTest

final class ImportCLITests: EndToEndCase {
    static let sampleCSV = """
    ro_number,customer_name,phone,address,plate,vin,model,vehicle_kind,visit_type,opened_at,delivered_at,mileage,items,service_advisor,amount,next_service_date,next_service_mileage,rework,club_member
    RO-2026-0001,张伟,138 0013 8000,深圳市南山区科技园,粤B·12345,LSVAU2180N2123456,朗逸,轿车,maintenance,2026-11-02 09:10,2026-11-02 15:40,15230,"更换机油, 机滤",王芳,580.00,2027-05-02,25000,no,yes
    RO-2026-0002,李娜,13912345678,,粤B·88K21,,途观L,SUV,repair,2026-11-03 08:30,2026-11-05 17:00,48210,左前门异响检修,王芳,1260.50,,,no,no
    RO-2026-0004,张伟,13800138000,深圳市南山区科技园,粤B·D3456,,ID.4,SUV,delivery,2026-11-08 10:00,2026-11-08 11:30,12,新车交付,陈静,0,2027-02-08,5000,no,yes
    RO-2026-0006,Kim Minjun,01012345678,서울시 강남구,서울12가3456,,Tiguan,SUV,maintenance,2026-11-10 14:00,2026-11-10 16:00,20400,Oil change,陈静,450.00,2027-05-10,30400,no,no

    """

    func testImportTwiceAddsNothingAndCustomerShowFindsByPhoneAndPlate() throws {
        XCTAssertEqual(try revisit("init").status, 0)
        let file = try write("ro.csv", Self.sampleCSV)
        let first = try revisit("import", "repair-orders", file)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("customers 3 added"), first.stdout)
        XCTAssertTrue(first.stdout.contains("visits 4 added"), first.stdout)
        let before = try journalBytes()
        let second = try revisit("import", "repair-orders", file)
        XCTAssertEqual(second.status, 0)
        XCTAssertTrue(second.stdout.contains("customers 0 added, 0 updated; vehicles 0 added, 0 updated; visits 0 added, 0 updated"))
        XCTAssertEqual(try journalBytes(), before)

        let byPlate = try revisit("customer", "show", "粤B D3456", "--format", "json")
        XCTAssertEqual(byPlate.status, 0, byPlate.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(byPlate.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["customer"] as? [String: Any])?["name"] as? String, "张伟")
        XCTAssertEqual((json["vehicles"] as? [Any])?.count, 2)
        XCTAssertEqual((json["visits"] as? [Any])?.count, 2)
        let byPhone = try revisit("customer", "show", "010-1234-5678")
        XCTAssertTrue(byPhone.stdout.contains("Kim Minjun"), byPhone.stdout)
    }

    func testTheSharedSampleImports() throws {
        try revisit("init")
        let r = try revisit("import", "repair-orders", Self.sample)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("visits 7 added"), r.stdout)
    }

    func testBrokenRowsAreAllNamedAndNothingIsImported() throws {
        try revisit("init")
        _ = try revisit("import", "repair-orders", try write("good.csv", Self.sampleCSV))
        let before = try journalBytes()
        let bad = try write("bad.csv", """
        ro_number,customer_name,phone,plate,model,visit_type,opened_at,delivered_at
        RO-9,好人,13800000000,粤B·11111,朗逸,repair,2026-11-02,2026-11-02 15:00
        RO-10,坏人,138-ABC-0000,粤B·22222,朗逸,wash,2026-02-30,2026-11-02
        RO-11,"张\u{1B}[31m伟",13800000001,粤B·33333,朗逸,repair,2026-11-05,2026-11-04

        """)
        let r = try revisit("import", "repair-orders", bad)
        XCTAssertEqual(r.status, 1)
        for expected in ["bad.csv:3: phone:", "bad.csv:3: visit_type:", "bad.csv:3: opened_at:",
                         "bad.csv:4: customer_name: contains control character ESC", "bad.csv:4: delivered_at:"] {
            XCTAssertTrue(r.stderr.contains(expected), "missing \(expected) in \(r.stderr)")
        }
        XCTAssertEqual(try journalBytes(), before)

        let skipped = try revisit("import", "repair-orders", bad, "--skip-invalid")
        XCTAssertEqual(skipped.status, 0, skipped.stderr)
        XCTAssertTrue(skipped.stdout.contains("visits 1 added"))
        let rejectedBytes = try Data(contentsOf: URL(fileURLWithPath: bad + ".rejected.csv"))
        XCTAssertEqual(Array(rejectedBytes.prefix(3)), [0xEF, 0xBB, 0xBF], "a byte-order mark for Excel")
        let rejected = String(decoding: rejectedBytes, as: UTF8.self)
        XCTAssertEqual(rejected.components(separatedBy: "\r\n").filter { $0.hasPrefix("RO-") }.count, 2)
    }

    func testExitCodes() throws {
        XCTAssertEqual(try revisit("customer", "show", "x").status, 3, "no store yet is unreadable")
        try revisit("init")
        XCTAssertEqual(try revisit("init").status, 1, "refuses to overwrite")
        XCTAssertEqual(try revisit("customer", "show", "13800000000").status, 1)
        let missing = try revisit("import", "repair-orders", "/nonexistent.csv")
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "revisit: cannot read /nonexistent.csv: No such file or directory\n", "says why")
        XCTAssertEqual(try revisit("import", "repair-orders", tmp.path).stderr, "revisit: cannot read \(tmp.path): it is a folder, not a file\n")
        XCTAssertEqual(try revisit("import", "repair-orders").status, 2)
        XCTAssertEqual(try revisit("customer", "show", "x", "--format", "yaml").status, 2)
        XCTAssertEqual(try revisit("check").status, 0)
        let asStranger = try revisit("staff", "add", "x.y", "--name", "X", "--role", "rep", env: ["REVISIT_USER": "nobody"])
        XCTAssertEqual(asStranger.status, 1)
        XCTAssertTrue(asStranger.stderr.contains("nobody"), asStranger.stderr)
    }

    /// `init --group`: a store the reps' logins share, its files the group's to write.
    func testInitSharesTheStoreWithAGroup() throws {
        let group = try XCTUnwrap(getgrgid(getgid())).pointee.gr_name.map { String(cString: $0) } ?? ""
        let made = try revisit("init", "--group", group)
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertTrue(made.stdout.hasSuffix("; shared with group \(group)\n"), made.stdout)
        XCTAssertEqual(try revisit("import", "repair-orders", try write("ro.csv", Self.sampleCSV)).status, 0)
        func mode(_ path: String) throws -> Int {
            try XCTUnwrap(FileManager.default.attributesOfItem(atPath: store + path)[.posixPermissions] as? Int)
        }
        XCTAssertEqual(try mode(""), 0o2770)
        XCTAssertEqual(try mode("/journal"), 0o2770)
        XCTAssertEqual(try mode("/config.toml"), 0o660)
        let segment = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: store + "/journal").first { $0.hasSuffix(".log") })
        XCTAssertEqual(try mode("/journal/" + segment), 0o660, "another rep's login appends to it")
        let unknown = try RevisitProcess.run(["init", "--group", "no-such-group-here", "--store", tmp.appendingPathComponent("other").path], env: [:])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "revisit: there is no group no-such-group-here on this server (an admin makes one with groupadd and adds each rep's login to it)\n")
    }

    /// `share`: a store made without a group is given to one afterwards, every file and folder.
    func testShareGivesAnExistingStoreToAGroup() throws {
        let group = try XCTUnwrap(getgrgid(getgid())).pointee.gr_name.map { String(cString: $0) } ?? ""
        try revisit("init")
        XCTAssertEqual(try revisit("import", "repair-orders", try write("ro.csv", Self.sampleCSV)).status, 0)
        func mode(_ path: String) throws -> Int {
            try XCTUnwrap(FileManager.default.attributesOfItem(atPath: store + path)[.posixPermissions] as? Int)
        }
        XCTAssertEqual(try mode("/journal/.lock"), 0o640)
        let shared = try revisit("share", "--group", group)
        XCTAssertEqual(shared.status, 0, shared.stderr)
        XCTAssertTrue(shared.stdout.hasPrefix("shared \(store) with group \(group): "), shared.stdout)
        for (path, expected) in [("", 0o2770), ("/journal", 0o2770), ("/journal/.lock", 0o660), ("/config.toml", 0o660), ("/staff.toml", 0o660)] {
            XCTAssertEqual(try mode(path), expected, path)
        }
        XCTAssertEqual(try revisit("staff", "add", "li.na", "--name", "李娜", "--role", "rep").status, 0)
        XCTAssertEqual(try mode("/staff.toml"), 0o660, "rewritten inside the shared store, still the group's")
        let asRep = try revisit("share", "--group", group, env: ["REVISIT_USER": "li.na"])
        XCTAssertEqual(asRep.status, 1)
        XCTAssertEqual(asRep.stderr, "revisit: only an admin may share the store; you are rep li.na\n")
    }

    func testADamagedLineMakesCheckExit3AndNamesIt() throws {
        try revisit("init")
        _ = try revisit("import", "repair-orders", try write("good.csv", Self.sampleCSV))
        let segment = try damageSecondJournalLine()
        let r = try revisit("check")
        XCTAssertEqual(r.status, 3)
        XCTAssertTrue(r.stdout.contains("\(segment) line 2"), r.stdout)
        XCTAssertTrue(r.stdout.contains("bad checksum"), r.stdout)
        // Other commands go on without the line, and say so.
        let queue = try revisit("queue", "--as-of", "2026-11-23 10:00")
        XCTAssertEqual(queue.status, 0, queue.stderr)
        XCTAssertTrue(queue.stderr.hasPrefix("revisit: warning: a journal record could not be read and is missing from what follows: "
                                             + "\(segment) line 2 "), queue.stderr)
        XCTAssertTrue(queue.stderr.hasSuffix("; `revisit check` lists every one\n"), queue.stderr)
        XCTAssertFalse(queue.stdout.isEmpty)
    }
}
