import Foundation
import XCTest

/// The supervisor's complaint queue and the quick-handling form in the real binary, in tmux.
final class ComplaintTerminalTests: EndToEndCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        try revisit("init")
        XCTAssertEqual(try revisit("import", "repair-orders", try write("ro.csv", ImportCLITests.sampleCSV)).status, 0)
        for (login, role) in [("li.na", "rep"), ("chen.jing", "supervisor")] {
            XCTAssertEqual(try revisit("staff", "add", login, "--name", login, "--role", role).status, 0)
        }
        let env = ["REVISIT_USER": "li.na", "REVISIT_NOW": "2026-11-25 11:00"]
        for args in [["--customer", "C000001", "--category", "repair-quality", "--words", "异响", "--at", "2026-11-23 10:00"],
                     ["--customer", "C000002", "--category", "booking", "--words", "约不上", "--at", "2026-11-25 09:00"],
                     ["--customer", "C000003", "--category", "vehicle-quality", "--words", "Brakes failed", "--crisis", "safety",
                      "--at", "2026-11-25 10:50"]] {
            let r = try RevisitProcess.run(["complaint", "open"] + args + ["--store", store], env: env)
            XCTAssertEqual(r.status, 0, r.stderr)
        }
    }

    func open(as login: String) throws -> TmuxSession {
        try TmuxSession(["--store", store], env: ["REVISIT_USER": login, "REVISIT_NOW": "2026-11-25 11:00"])
    }

    /// `complaint show ID --format json` through the CLI.
    func shown(_ id: String) throws -> [String: Any] {
        let r = try revisit("complaint", "show", id, "--format", "json", env: ["REVISIT_USER": "li.na"])
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    func testTheSupervisorsQueueHasTheCrisisOnTopAndActsInPlace() throws {
        let tmux = try open(as: "chen.jing")   // a supervisor starts on the complaint queue
        let queue = try tmux.waitUntil(what: "the queue") { $0.count > 5 && $0[5].hasPrefix(" P000002") }
        XCTAssertEqual(queue[1].trimmingCharacters(in: .whitespaces), "3 open · crisis 1 · escalated 2 · overdue 0 · no contact 2")
        XCTAssertTrue(queue[3].hasPrefix("!P000003  10m vehicle   Kim Minjun li.na"), queue[3])
        XCTAssertTrue(queue[4].hasPrefix(" P000001   2d repair    张伟"), queue[4])
        XCTAssertTrue(queue[5].hasPrefix(" P000002   2h booking   李娜"), queue[5])
        XCTAssertTrue(queue.allSatisfy { $0.count <= 80 })

        try tmux.send("d")
        try tmux.type("2026-11-26")
        try tmux.send("Tab")
        try tmux.type("先处理安全问题")
        try tmux.send("Enter")
        try tmux.waitFor("P000003 saved")
        let json = try shown("P000003")
        XCTAssertEqual(json["deadline"] as? String, "2026-11-26")
        XCTAssertEqual(json["deadline_signed_by"] as? String, "chen.jing")
        try tmux.quit()
    }

    /// On a short terminal the card says how much of it lies below, and an entry of its history
    /// that wraps indents its later lines under its date.
    func testACardTallerThanTheTerminalSaysWhatIsBelow() throws {
        let env = ["REVISIT_USER": "li.na", "REVISIT_NOW": "2026-11-25 11:00"]
        let update = try RevisitProcess.run(["complaint", "update", "P000001", "--status", "in-progress", "--contacted",
                                             "--department", "workshop", "--deadline", "2026-11-27", "--note", "已回电",
                                             "--at", "2026-11-25 10:55", "--store", store], env: env)
        XCTAssertEqual(update.status, 0, update.stderr)
        let tmux = try TmuxSession(["--store", store], env: ["REVISIT_USER": "chen.jing", "REVISIT_NOW": "2026-11-25 11:00"],
                                   columns: 60, rows: 20)
        _ = try tmux.waitFor("P000001")
        try tmux.send("Down")
        try tmux.send("Enter")
        let card = try tmux.waitFor("more below")
        let keys = try XCTUnwrap(card.first { $0.contains("more below") })
        XCTAssertTrue(keys.hasPrefix(" a assign  d deadline"), keys)
        try tmux.send("End")   // tmux sends ESC [4~, which TERM=xterm-256color does not name: read as End all the same
        let end = try tmux.waitFor("more above")
        let history = try XCTUnwrap(end.firstIndex { $0.hasPrefix(" 2026-11-25 10:55") }, end.joined(separator: "\n"))
        XCTAssertTrue(end[history + 1].hasPrefix("     "), "a wrapped entry's next line is indented:\n" + end.joined(separator: "\n"))
    }

    func testARepOpensAComplaintInChineseFromTheForm() throws {
        let tmux = try open(as: "li.na")
        try tmux.waitFor("Call queue")       // a rep starts on the call queue
        try tmux.send("F4")
        try tmux.waitFor("3 open")
        try tmux.send("p")
        try tmux.waitFor("Quick-handling form")
        try tmux.type("粤B·12345")
        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.type("刹车异响，很危险！")
        try tmux.send("Tab")
        try tmux.send("Right")
        try tmux.send("F10")
        try tmux.waitFor("Complaint P000004 opened; you own it")
        let json = try shown("P000004")
        XCTAssertEqual(json["words"] as? String, "刹车异响，很危险！")
        XCTAssertEqual(json["owner"] as? String, "li.na")
        XCTAssertEqual(json["category"] as? String, "parts-quality")
        XCTAssertEqual(json["plate_key"] as? String, "粤B12345")
        try tmux.quit()
    }
}
