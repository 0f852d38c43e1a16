import XCTest
import RevisitCore
import RevisitStore
@testable import RevisitTUI

/// The call queue on the memory terminal. At 2026-11-12 10:00 the fixture has RO-1's
/// satisfaction call overdue, 欧阳建华's win-back (lost since 2025-06-01) and RO-2's call due.
final class QueueScreenTests: XCTestCase {
    static let header = "    Due         Kind         Customer Plate      Model   Last call   Try Taken"

    func testOverdueFirstThenByDueWithTheColumns() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        let lines = w.run(&app, as: "li.na").lines().trimmedRight
        XCTAssertEqual(Array(lines[0...6]), [
            " Revisit · Call queue",
            "Search:                   Kind: all                             3 due, 1 overdue",
            Self.header,
            "OVD 11-05 10:00 satisfaction 张伟     粤B·12345  朗逸                  0",
            "    06-01 17:00 win-back     欧阳建华 粤A·6F789  迈腾                  0",
            "    11-08 10:00 satisfaction 李娜     粤B·88K21  途观L                 0",
            "",
        ])
        XCTAssertEqual(lines[22], " Enter take the call   / search   f kind")
    }

    /// A complaint recall is its owner's call: the owner and a supervisor see it, another
    /// rep does not (taking or logging it would be refused).
    func testAComplaintRecallShowsToItsOwnerAndSupervisorsOnly() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 16:00")
        let id = try w.open("C000002", at: "2026-11-12 09:00")
        try w.update(id, ComplaintUpdate(status: .inProgress, contacted: true), at: "2026-11-12 09:10")
        try w.update(id, ComplaintUpdate(status: .resolved, resolution: "已更换"), at: "2026-11-12 11:00")
        for (login, shows) in [("li.na", true), ("chen.jing", true), ("wang.wu", false)] {
            var app = try w.app(CallQueueScreen())
            let lines = w.run(&app, as: login).lines().trimmedRight
            XCTAssertEqual(lines.contains { $0.contains("complaint ") }, shows, "\(login):\n" + lines.joined(separator: "\n"))
        }
    }

    /// The overdue mark and the tries' heading are two Chinese characters each, wider than
    /// their English: neither is cut.
    func testChineseColumnsShowTheirWholeMarkAndHeading() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen(), language: .chinese)
        let lines = w.run(&app, as: "li.na").lines().trimmedRight
        XCTAssertTrue(lines[2].hasSuffix("次数 处理人"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("逾期 11-05 10:00"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("     06-01 17:00"), lines[4])
        XCTAssertTrue(lines[2...5].allSatisfy { DisplayWidth.of($0) <= 80 }, lines.joined(separator: "\n"))
    }

    /// Every kind's name in the list fits the kind column whole, and the overdue mark, the kind
    /// and the tries take at most the 18 cells English takes (3 + 12 + 3), so at 80 columns no
    /// column drops out in any language.
    func testEveryKindFitsTheKindColumn() {
        let m = MessageCatalog.queue
        for language in Language.allCases {
            let kind = DisplayWidth.widest(TaskKind.allCases.map { m.shortName(of: $0)[language] })
            let mark = max(3, DisplayWidth.of(m.overdueMark[language])), tries = max(3, DisplayWidth.of(m.columnTries[language]))
            XCTAssertLessThanOrEqual(mark + kind + tries, 18, "\(language)")
        }
        XCTAssertGreaterThan(DisplayWidth.of(m.name(of: .maintenance)[.spanish]), DisplayWidth.of(m.shortName(of: .maintenance)[.spanish]))
        XCTAssertEqual(m.shortName(of: .complaintRecall)[.english], "complaint")
    }

    /// Times in the year of the moment shown keep their minutes; others show their year.
    func testATimeFromAnotherYearShowsItsYear() {
        let now = CivilTime("2026-01-02 09:00")!
        XCTAssertEqual(ShortDate.time(CivilTime("2026-11-05 10:00")!, now: now), "11-05 10:00")
        XCTAssertEqual(ShortDate.time(CivilTime("2025-12-30 16:45")!, now: now), "2025-12-30")
        XCTAssertEqual(ShortDate.time(CivilTime("2027-01-02 09:00")!, now: now), "2027-01-02")
    }

    /// A name with accents is found typed without them.
    func testSearchFindsAccentedNamesTypedPlain() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 16:00")
        let id = try w.open("C000004", at: "2026-11-12 09:00")   // María García
        try w.update(id, ComplaintUpdate(status: .inProgress, contacted: true), at: "2026-11-12 09:10")
        try w.update(id, ComplaintUpdate(status: .resolved, resolution: "已更换"), at: "2026-11-12 11:00")
        let queue = LoadedQueue(session: StoreSession(store: w.store, actor: w.member("li.na")) { w.now }, language: .english)
        let garcia = queue.entries.filter { $0.cells[3].hasPrefix("María") }
        XCTAssertEqual(garcia.map(\.task.kind), [.complaintRecall])
        XCTAssertEqual(queue.matching("garcia", kind: nil).map(\.task.id), garcia.map(\.task.id))
        XCTAssertEqual(queue.matching("GARCÍA", kind: nil).map(\.task.id), garcia.map(\.task.id))
    }

    /// The counts give way to the kind filter, so a rep always sees that a filter is on.
    func testTheKindFilterIsWholeAndTheCountsGiveWay() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var wide = try w.app(CallQueueScreen())
        let second = w.run(&wide, as: "li.na") { t in t.type("ff") }.lines().trimmedRight
        XCTAssertEqual(second[1], "Search:                   Kind: 2nd follow-up                   0 due, 0 overdue")
        var narrow = App(root: CallQueueScreen(), keymap: try Fixtures.shippedKeymap(), language: .english,
                         size: TerminalSize(rows: 24, cols: 60))
        let searched = w.run(&narrow, as: "li.na") { t in t.type("/88k") }.lines().trimmedRight
        XCTAssertEqual(searched[1], "Search: 88k               Kind: all         3 due, 1 overdue", "the totals alone")
        let filtered = w.run(&narrow, as: "li.na") { t in t.send(keys: .escape); t.type("ff") }.lines().trimmedRight
        XCTAssertEqual(filtered[1], "Search: 88k               Kind: 2nd follow-up   0 due, 0 OVD", "the filter whole, the totals short")
        var spanish = App(root: CallQueueScreen(), keymap: try Fixtures.shippedKeymap(), language: .spanish,
                          size: TerminalSize(rows: 24, cols: 60))
        let short = w.run(&spanish, as: "li.na") { _ in }.lines().trimmedRight
        XCTAssertTrue(short[1].hasSuffix(" pend., 1 venc."), "the short totals where the full ones do not fit: \(short[1])")
    }

    func testSearchAsYouTypeAndFilterByKind() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        let searched = w.run(&app, as: "li.na") { t in t.type("/88k") }.lines().trimmedRight
        XCTAssertEqual(searched[1], "Search: 88k               Kind: all               1 of 3 shown  3 due, 1 overdue")
        XCTAssertEqual(Array(searched[3...4]), ["    11-08 10:00 satisfaction 李娜     粤B·88K21  途观L                 0", ""])
        let byKind = w.run(&app, as: "li.na") { t in t.send(keys: .escape); t.send(keys: .backspace); t.type("f") }.lines().trimmedRight
        XCTAssertEqual(byKind[1], "Search: 88k               Kind: satisfaction      1 of 2 shown  2 due, 1 overdue")
        let cleared = w.run(&app, as: "li.na") { t in t.type("/"); t.send(keys: .backspace, .backspace, .backspace); t.send(keys: .enter) }
            .lines().trimmedRight
        XCTAssertEqual(Array(cleared[3...5]), [
            "OVD 11-05 10:00 satisfaction 张伟     粤B·12345  朗逸                  0",
            "    11-08 10:00 satisfaction 李娜     粤B·88K21  途观L                 0",
            "",
        ])
    }

    func testAnotherRepsClaimAndSaveShowOnTheNextTick() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        w.run(&app, as: "li.na")
        let other = try RevisitStore(opening: w.fixture.directory)
        _ = try other.perform(ClaimTask(taskID: "sat:RO-2", config: other.config), as: w.member("wang.wu"), now: w.now)
        let claimed = w.run(&app, as: "li.na") { t in t.send(.timeout) }.lines().trimmedRight
        XCTAssertEqual(claimed[5], "    11-08 10:00 satisfaction 李娜     粤B·88K21  途观L                 0 wang.wu")
        var log = LogCall(taskID: "sat:RO-1", outcome: .noAnswer, config: other.config)
        log.callAt = w.now
        _ = try other.perform(log, as: w.member("wang.wu"), now: w.now)
        let saved = w.run(&app, as: "li.na") { t in t.send(.timeout) }.lines().trimmedRight
        XCTAssertEqual(Array(saved[1...5]), [
            "Search:                   Kind: all                             2 due, 0 overdue",
            Self.header,
            "    06-01 17:00 win-back     欧阳建华 粤A·6F789  迈腾                  0",
            "    11-08 10:00 satisfaction 李娜     粤B·88K21  途观L                 0 wang.wu",
            "",
        ])
    }

    func testTheMinutesOverdueAndNewlyDueCallsShowOnTheTickAfterTheMinuteTurns() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 17:59")
        var app = try w.app(CallQueueScreen())
        w.run(&app, as: "li.na")
        w.now = CivilTime("2026-11-12 18:00")!    // calling ends on RO-2's seventh day: overdue
        let overdue = w.run(&app, as: "li.na") { t in t.send(.timeout) }.lines().trimmedRight
        XCTAssertEqual(Array(overdue[1...6]), [
            "Search:                   Kind: all                             3 due, 2 overdue",
            Self.header,
            "OVD 11-05 10:00 satisfaction 张伟     粤B·12345  朗逸                  0",
            "OVD 11-08 10:00 satisfaction 李娜     粤B·88K21  途观L                 0",
            "    06-01 17:00 win-back     欧阳建华 粤A·6F789  迈腾                  0",
            "",
        ])
        w.now = CivilTime("2026-11-13 10:00")!    // calling starts on RO-3's third day: due
        let due = w.run(&app, as: "li.na") { t in t.send(.timeout) }.lines().trimmedRight
        XCTAssertEqual(due[1], "Search:                   Kind: all                             4 due, 2 overdue")
        XCTAssertEqual(due[6], "    11-13 10:00 satisfaction Kim Min… 서울12가3… Tiguan                0")
    }
}
