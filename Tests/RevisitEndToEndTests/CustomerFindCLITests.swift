import XCTest

/// `revisit customer find` through the real binary, on the sample shop: 张伟 C000001 (two cars),
/// 李娜 C000002, Kim Minjun C000003.
final class CustomerFindCLITests: CallDeskCase {
    func testFindsAsTheCustomerListDoes() throws {
        try setUpShop()
        XCTAssertEqual(try ok(at: "2026-11-12 11:00", "customer", "find", "粤b 88k"),
                       "C000002  李娜  13912345678  粤B·88K21  last visit 2026-11-05\n", "a plate typed loosely")
        XCTAssertEqual(try ok(at: "2026-11-12 11:00", "customer", "find", "0013 8000"),
                       "C000001  张伟  13800138000  粤B·12345 粤B·D3456  last visit 2026-11-08\n", "a phone with spaces")

        let found = try json(try ok(at: "2026-11-12 11:00", "customer", "find", "KIM", "--format", "json"))
        XCTAssertEqual(found["total"] as? Int, 1)
        let kim = try XCTUnwrap((found["customers"] as? [[String: Any]])?.first)
        XCTAssertEqual(kim["id"] as? String, "C000003")
        XCTAssertEqual(kim["plates"] as? [String], ["서울12가3456"])
        XCTAssertEqual(kim["last_visit"] as? String, "2026-11-10")
        XCTAssertEqual(kim["do_not_call"] as? Bool, false)

        XCTAssertEqual(try ok(at: "2026-11-12 11:00", "customer", "find", "粤B", "--format", "csv"),
                       "id,name,phone,plates,last_visit,do_not_call\nC000001,张伟,13800138000,粤B·12345 粤B·D3456,2026-11-08,no\n"
                       + "C000002,李娜,13912345678,粤B·88K21,2026-11-05,no\n")
    }

    func testSaysWhatIsLeftOutAndRefusesWhatFindsNothing() throws {
        try setUpShop()
        let limited = try run("li.na", at: "2026-11-12 11:00", ["customer", "find", "粤B", "--limit", "1"])
        XCTAssertEqual(limited.status, 0, limited.stderr)
        XCTAssertEqual(limited.stdout.split(separator: "\n").map { String($0.prefix(7)) }, ["C000001"])
        XCTAssertEqual(limited.stderr, "revisit: 1 of 2 matching customers shown; --limit 2 shows them all\n")

        XCTAssertEqual(try refused(at: "2026-11-12 11:00", "customer", "find", "王小明"),
                       "revisit: no customer's name, id, phone or plate contains \"王小明\"\n")
        XCTAssertEqual(try run("li.na", at: "2026-11-12 11:00", ["customer", "find", "粤B", "--limit", "0"]).status, 2)
        let empty = try run("li.na", at: "2026-11-12 11:00", ["customer", "find", " - "])
        XCTAssertEqual(empty.status, 2)
        XCTAssertTrue(empty.stderr.contains("has nothing to search for"), empty.stderr)
    }
}
