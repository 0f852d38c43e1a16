import Foundation
import XCTest

final class CrashCLITests: EndToEndCase {
    /// A repair-order file of `rows` orders whose numbers start at `first`, one new customer each.
    func bigFile(_ name: String, first: Int, rows: Int) throws -> String {
        var text = "ro_number,customer_name,phone,plate,model,visit_type,opened_at,delivered_at,items\n"
        for i in first..<(first + rows) {
            text += "RO-\(i),客户\(i),139\(String(format: "%08d", i)),粤B·\(String(format: "%06d", i)),朗逸,repair,2026-11-02 09:00,2026-11-02 15:00,\"更换机油, 机滤 \(i)\"\n"
        }
        return try write(name, text)
    }

    func visitCount() throws -> Int {
        let r = try revisit("check")
        XCTAssertNotEqual(r.status, 3, r.stdout)
        return try journalBytes().split(separator: 0x0A).filter { $0.range(of: Data("visit.saved".utf8)) != nil }.count
    }

    func testImportsKilledAtRandomLeaveEveryCompletedSaveAndAReadableStore() throws {
        try revisit("init")
        var expected = 0
        for round in 0..<6 {
            let file = try bigFile("f\(round).csv", first: round * 10_000, rows: 3_000)
            let p = RevisitProcess.start(["import", "repair-orders", file, "--store", store])
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32.random(in: 20_000...400_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let count = try visitCount()
            // One import is one write: after a kill it is either all there or not at all.
            XCTAssertTrue(count == expected || count == expected + 3_000, "round \(round): \(count) visits, expected \(expected) or +3000")
            expected = count
        }
        let after = try revisit("import", "repair-orders", try bigFile("last.csv", first: 900_000, rows: 10))
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertEqual(try visitCount(), expected + 10)
        let check = try revisit("check")
        XCTAssertEqual(check.status, 0, check.stdout)
        XCTAssertTrue(check.stdout.hasSuffix("no damage\n"), check.stdout)
    }
}
