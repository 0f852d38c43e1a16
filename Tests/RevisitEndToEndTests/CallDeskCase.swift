import Foundation
import XCTest

/// A shop with two reps and the sample's repair orders, driven as a given rep at a given time.
class CallDeskCase: EndToEndCase {
    func setUpShop(_ csv: String = ImportCLITests.sampleCSV) throws {
        XCTAssertEqual(try revisit("init").status, 0)
        for login in ["li.na", "wang.wu"] {
            XCTAssertEqual(try revisit("staff", "add", login, "--name", login, "--role", "rep").status, 0)
        }
        let imported = try revisit("import", "repair-orders", try write("ro.csv", csv))
        XCTAssertEqual(imported.status, 0, imported.stderr)
    }

    func run(_ who: String, at now: String, _ args: [String]) throws -> RevisitProcess.Result {
        try RevisitProcess.run(args + ["--store", store], env: ["REVISIT_USER": who, "REVISIT_NOW": now])
    }

    func ok(_ who: String = "li.na", at now: String, _ args: String..., file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try ok(who, at: now, args, file: file, line: line)
    }

    func ok(_ who: String = "li.na", at now: String, _ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = try run(who, at: now, args)
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        return r.stdout
    }

    func refused(_ who: String = "li.na", at now: String, _ args: String..., file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = try run(who, at: now, args)
        XCTAssertEqual(r.status, 1, r.stdout, file: file, line: line)
        return r.stderr
    }

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
