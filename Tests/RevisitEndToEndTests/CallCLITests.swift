import Foundation
import XCTest

/// `revisit call log` with each outcome, `customer show` with calls and tasks, and two
/// processes taking `call next` together.
final class CallCLITests: CallDeskCase {
    func queueIDs(_ asOf: String) throws -> [String] {
        try ok(at: "2026-11-30 09:00", "queue", "--as-of", asOf, "--format", "csv")
            .split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
    }

    /// Words with escape bytes are kept exactly, and printed for people with placeholders: the
    /// card cannot recolour the terminal or move its cursor.
    func testEscapeBytesInWordsAreKeptButNeverReachTheTerminal() throws {
        try setUpShop()
        let words = "刹车\u{1B}[2J\u{1B}]0;title\u{07} 还响\u{9B}31m"
        XCTAssertEqual(try ok(at: "2026-11-12 11:00", "call", "log", "sat:RO-2026-0001", "--outcome", "reached", "--words", words),
                       "K000001\n")
        let text = try ok(at: "2026-11-12 11:01", "customer", "show", "13800138000")
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F ... 0x9F).contains($0.value) },
                       text.debugDescription)
        XCTAssertTrue(text.contains("刹车␛[2J␛]0;title␇ 还响\u{FFFD}31m"), text)
        let card = try json(try ok(at: "2026-11-12 11:01", "customer", "show", "13800138000", "--format", "json"))
        let calls = try XCTUnwrap(card["calls"] as? [[String: Any]])
        XCTAssertEqual(calls[0]["words"] as? String, words, "stored and given to scripts exactly")
    }

    func testTheCardGivesEachVehiclesNextService() throws {
        try setUpShop()
        // 粤B·12345's maintenance (RO-2026-0001) names 2027-05-02; the delivery RO-2026-0004 names 2027-02-08.
        let now = try ok(at: "2026-11-12 11:01", "customer", "show", "C000001")
        XCTAssertTrue(now.contains("粤B·12345  朗逸  轿车  LSVAU2180N2123456  next service 2027-05-02\n"), now)
        XCTAssertTrue(now.contains("  next service 2027-02-08\n"), now)
        let later = try ok(at: "2027-03-01 09:00", "customer", "show", "C000001")
        XCTAssertTrue(later.contains("  next service 2027-05-02\n"), later)
        XCTAssertTrue(later.contains("  next service 2027-02-08 (overdue)\n"), later)
        let card = try json(try ok(at: "2027-03-01 09:00", "customer", "show", "C000001", "--format", "json"))
        let vehicles = try XCTUnwrap(card["vehicles"] as? [[String: Any]])
        XCTAssertEqual(Set(vehicles.compactMap { $0["next_service_date"] as? String }), ["2027-05-02", "2027-02-08"])
    }

    func testEachOutcomeThroughTheCommandLine() throws {
        try setUpShop()
        XCTAssertEqual(try ok(at: "2026-11-12 10:05", "call", "log", "sat:RO-2026-0002", "--outcome", "no-answer"), "K000001\n")
        XCTAssertEqual(try queueIDs("2026-11-12 14:59"), ["sat:RO-2026-0001", "new:RO-2026-0004"])
        XCTAssertEqual(try queueIDs("2026-11-12 15:00"), ["sat:RO-2026-0001", "new:RO-2026-0004", "sat:RO-2026-0002"])

        XCTAssertEqual(try ok(at: "2026-11-13 10:10", "call", "log", "sat:RO-2026-0006", "--outcome", "callback",
                              "--callback", "2026-11-14 16:30"), "K000002\n")
        XCTAssertFalse(try queueIDs("2026-11-14 16:29").contains("sat:RO-2026-0006"))
        XCTAssertTrue(try queueIDs("2026-11-14 16:30").contains("sat:RO-2026-0006"))

        let words = "  师傅很专业，\r\n但是等了三个小时。\t😤\n"
        let file = try write("words.txt", words)
        XCTAssertEqual(try ok(at: "2026-11-12 11:00", "call", "log", "sat:RO-2026-0001", "--outcome", "reached",
                              "--rating", "speed=2", "--rating", "quality=5", "--overall", "3", "--problem",
                              "--words-file", file, "--service-date", "2027-05-01"), "K000003\n")
        let card = try json(try ok(at: "2026-11-12 11:01", "customer", "show", "13800138000", "--format", "json"))
        let calls = try XCTUnwrap(card["calls"] as? [[String: Any]])
        XCTAssertEqual(calls.map { $0["id"] as? String }, ["K000003"])
        XCTAssertEqual(Array((calls[0]["words"] as? String ?? "").utf8), Array(words.utf8), "the words byte for byte")
        XCTAssertEqual(calls[0]["ratings"] as? [String: Int], ["speed": 2, "quality": 5])
        XCTAssertEqual(calls[0]["problem"] as? Bool, true)
        XCTAssertEqual(calls[0]["call_at"] as? String, "2026-11-12 11:00")
        XCTAssertEqual((card["tasks"] as? [[String: Any]])?.map { $0["task"] as? String }, ["new:RO-2026-0004"])

        XCTAssertEqual(try ok("wang.wu", at: "2026-11-12 11:10", "call", "log", "new:RO-2026-0004", "--outcome", "wrong-number"), "K000004\n")
        let marked = try json(try ok(at: "2026-11-12 11:11", "customer", "show", "C000001", "--format", "json"))
        XCTAssertEqual((marked["customer"] as? [String: Any])?["wrong_phones"] as? [String], ["13800138000"])
        XCTAssertEqual(try ok(at: "2026-11-12 11:12", "call", "log", "sat:RO-2026-0002", "--outcome", "refused",
                              "--do-not-call", "不要再打了"), "K000005\n")
        XCTAssertEqual(try queueIDs("2026-11-14 16:30"), ["sat:RO-2026-0006"])
    }

    func testRefusalsNameTheFieldAndChangeNothing() throws {
        try setUpShop()
        let before = try journalBytes()
        XCTAssertEqual(try refused(at: "2026-11-12 10:00", "call", "log", "sat:RO-2026-0001", "--outcome", "reached", "--rating", "taste=4"),
                       "revisit: rating taste=4: no such survey question (known: speed, prices, staff, quality, visit)\n")
        XCTAssertEqual(try refused(at: "2026-11-12 10:00", "call", "log", "sat:RO-2026-0001", "--outcome", "answered"),
                       "revisit: --outcome \"answered\" is not known; use reached, no-answer, busy, callback, wrong-number or refused\n")
        XCTAssertEqual(try refused(at: "2026-11-12 10:00", "call", "log", "sat:RO-2026-0001", "--outcome", "callback",
                                   "--callback", "2026-11-12 09:00"),
                       "revisit: callback 2026-11-12 09:00: not in the future (now 2026-11-12 10:00)\n")
        let latin1 = tmp.appendingPathComponent("latin1.txt")
        try Data([0x63, 0x61, 0x66, 0xE9]).write(to: latin1)
        XCTAssertEqual(try refused(at: "2026-11-12 10:00", "call", "log", "sat:RO-2026-0001", "--outcome", "reached",
                                   "--words-file", latin1.path), "revisit: --words-file \(latin1.path): not UTF-8 text\n")
        XCTAssertEqual(try refused(at: "2026-11-12 10:00", "call", "log", "sat:RO-2026-0001", "--outcome", "reached",
                                   "--words-file", "/nonexistent.txt"),
                       "revisit: --words-file /nonexistent.txt: cannot read it: No such file or directory\n")
        XCTAssertEqual(try refused(at: "2026-11-12 10:00", "call", "log", "sat:RO-2026-0009", "--outcome", "reached"),
                       "revisit: task sat:RO-2026-0009: no such task at 2026-11-12 10:00\n")
        XCTAssertEqual(try journalBytes(), before)

        let taken = try json(try ok("wang.wu", at: "2026-11-12 10:00", "call", "next", "--format", "json"))
        XCTAssertEqual(taken["task"] as? String, "sat:RO-2026-0001")
        XCTAssertEqual(taken["claimed_by"] as? String, "wang.wu")
        XCTAssertEqual(try refused(at: "2026-11-12 10:05", "call", "log", "sat:RO-2026-0001", "--outcome", "reached"),
                       "revisit: task sat:RO-2026-0001 is claimed by wang.wu until 2026-11-12 10:15\n")
    }

    /// Forty satisfaction calls due together; two processes of the same rep run `call next`
    /// 25 times each at once: every task handed out exactly once, then refusals.
    func testTwoProcessesCallingNextNeverShareATask() throws {
        var csv = "ro_number,customer_name,phone,plate,model,visit_type,opened_at,delivered_at\n"
        for n in 1...40 {
            csv += "RO-\(1000 + n),客户\(n),1390000\(1000 + n),粤B·T\(1000 + n),朗逸,repair,2026-11-02 09:00,2026-11-02 15:00\n"
        }
        try setUpShop(csv)
        let script = """
            for i in $(seq 25); do "$BIN" call next --store "$STORE" --format json >> "$OUT" 2>> "$ERR"; done
            """
        let runs = try (1...2).map { n -> (Process, URL, URL) in
            let out = tmp.appendingPathComponent("next\(n).out"), err = tmp.appendingPathComponent("next\(n).err")
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["-c", script]
            p.environment = RevisitProcess.environment([
                "BIN": RevisitProcess.binary.path, "STORE": store, "OUT": out.path, "ERR": err.path,
                "REVISIT_USER": "li.na", "REVISIT_NOW": "2026-11-05 10:00",
            ])
            try p.run()
            return (p, out, err)
        }
        var handedOut: [String] = []
        var refusals: [String] = []
        for (p, out, err) in runs {
            p.waitUntilExit()
            let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            handedOut += text.components(separatedBy: "\"task\" : \"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            refusals += ((try? String(contentsOf: err, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
        XCTAssertEqual(handedOut.count, 40)
        XCTAssertEqual(Set(handedOut), Set((1...40).map { "sat:RO-\(1000 + $0)" }), "every task once, none twice")
        XCTAssertEqual(refusals, Array(repeating: "revisit: no unclaimed task is due at 2026-11-05 10:00", count: 10))
    }
}
