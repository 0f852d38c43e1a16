import Foundation
import XCTest
import RevisitCore
@testable import RevisitTUI

final class ReportScreenTests: XCTestCase {
    var requests: [ReportPeriod] = []

    func sample(_ period: ReportPeriod) -> Report {
        requests.append(period)
        for r in [ReportSamples.daily, ReportSamples.weekly, ReportSamples.monthly] where r.period == period { return r }
        var empty = ReportSamples.daily
        empty.period = period
        empty.problems = []
        empty.calls = CallFigures()
        return empty
    }

    func run(_ app: inout App, _ terminal: MemoryTerminal) {
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil) { command in
            ReportCommands.run(command, now: { CivilTime("2026-11-17 10:00")! }) { period, _ in self.sample(period) }
        }
    }

    /// The screen as the navigator opens it: the runner's clock says today is 2026-11-17.
    func makeApp(_ kind: ReportPeriod.Kind, language: Language = .english) throws -> App {
        App(root: ReportScreen(kind: kind), keymap: try Fixtures.shippedKeymap(),
            language: language, size: TerminalSize(rows: 24, cols: 80))
    }

    func screen(_ terminal: MemoryTerminal) -> [String] {
        let lines = terminal.lines()
        for line in lines { XCTAssertEqual(DisplayWidth.of(line), 80, line) }
        return lines.map { ReportText.trimmedEnd($0) }
    }

    func testDailyReportFillsTheScreen() throws {
        var app = try makeApp(.day)
        let terminal = MemoryTerminal()
        terminal.send(.timeout)
        run(&app, terminal)
        XCTAssertEqual(requests.map(\.description), ["2026-11-17"])
        XCTAssertEqual(screen(terminal), [
            " Revisit · Reports",
            "[ previous · ] next · t so far · d/w/m day/week/month · e export",
            "Daily report 2026-11-17",
            "",
            "Calls made 7 · Reached 3 · Reach rate 42.9%",
            "CSI 66.7 (target 93.0, below target)",
            "",
            "Satisfaction by department",
            "reception                       ██████████████████████████████████│█████  100.0",
            "parts                           ██████████████████████████████████│        92.5",
            "service advisor                                                   │           -",
            "workshop                                                          │        50.0",
            "Bars run from 50 to 100; │ marks the target 93.0.",
            "",
            "Problem customers by department (2)",
            "workshop (1)",
            "Time  Customer     Phone       Complaint",
            "10:15 张伟 C000001 13800138000 P000001 in progress",
            "      Low ratings: quality 1, overall 2 “车子异响，修了两次还是响”",
            "      → 换了减震器",
            "(no department) (1)",
            "Time  Customer             Phone       Complaint",
            "15:40 María García C000002 34612345678 no complaint",
            "? help   q quit",
        ])
        XCTAssertTrue(terminal.lastFrame![7, 0].style.underline, "headings are underlined")
        XCTAssertEqual(terminal.lastFrame![5, 0].style.color, .overdue, "a CSI below the target is marked")

        terminal.send(keys: .end)
        run(&app, terminal)
        // One line further down: the title has scrolled away, the last detail line shows.
        let scrolled = screen(terminal)
        XCTAssertEqual(scrolled[2], "")
        XCTAssertEqual(scrolled[3], "Calls made 7 · Reached 3 · Reach rate 42.9%")
        XCTAssertEqual(Array(scrolled[19...23]), [
            "(no department) (1)",
            "Time  Customer             Phone       Complaint",
            "15:40 María García C000002 34612345678 no complaint",
            "      Low ratings: flagged “=HYPERLINK(\"x\") wants a call back”",
            "? help   q quit",
        ])
    }

    func testWeeklyReportScrollsToTheChartAndTheMissedFollowUps() throws {
        var app = try makeApp(.day)
        let terminal = MemoryTerminal()
        terminal.send(.timeout)
        terminal.type("w]")
        terminal.send(keys: .end)
        run(&app, terminal)
        XCTAssertEqual(requests.map(\.description), ["2026-11-17", "2026-W46", "2026-W47"], "today's daily report, then last week's")
        // Columns of 10 points from 60 (50-60) to 100 (90-100), eighth blocks: 78.0 fills 22.4 -> 22 eighths,
        // two full rows and 6/8 of the third; 92.0 fills 33.6 -> 34: four rows and 2/8 of the top one.
        XCTAssertEqual(screen(terminal), [
            " Revisit · Reports",
            "[ previous · ] next · t so far · d/w/m day/week/month · e export",
            "李娜 (li.na)            5        2      40.0%",
            "王五 (wang.wu)          2        1      50.0%",
            "",
            "CSI, last 12 weeks (┈ marks the target 93.0)",
            " 100 ┤┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈▂▂▂▂┈┈▃▃▃▃┈┈▅▅▅▅┈┈▆▆▆▆┈┈████┈",
            "  90 ┤             ▂▂▂▂        ▅▅▅▅  ▆▆▆▆  ████  ████  ████  ████  ████  ████",
            "  80 ┤ ▆▆▆▆  ████  ████        ████  ████  ████  ████  ████  ████  ████  ████",
            "  70 ┤ ████  ████  ████        ████  ████  ████  ████  ████  ████  ████  ████",
            "  60 ┤ ████  ████  ████        ████  ████  ████  ████  ████  ████  ████  ████",
            "       W36   W37   W38   W39   W40   W41   W42   W43   W44   W45   W46   W47",
            "       78.0  80.0  82.0  -     86.0  88.0  90.0  92.0  94.0  96.0  98.0  100.0",
            "",
            "Problem customers (1)",
            "Time        Customer     Phone       Complaint",
            "11-17 10:15 张伟 C000001 13800138000 P000001 in progress",
            "            Low ratings: quality 1, overall 2 “车子异响，修了两次还是响”",
            "            → 换了减震器",
            "",
            "Missed follow-ups (1)",
            "Ended       Customer       Visit            Reason      Tries",
            "11-18 16:00 김민준 C000003 RO-9             unreachable     3",
            "? help   q quit",
        ])
    }

    /// Today is Tuesday 2026-11-17: a weekly or monthly report opens on the last whole week or
    /// month, `t` goes to the one still going, and a kind key from a due report gives the due one.
    func testPeriodAndReportKeys() throws {
        var app = try makeApp(.week)
        let terminal = MemoryTerminal()
        terminal.send(.timeout)
        run(&app, terminal)
        XCTAssertEqual(screen(terminal)[2], "Weekly report 2026-W46 (2026-11-09 to 2026-11-15)")
        terminal.type("m")
        run(&app, terminal)
        XCTAssertEqual(screen(terminal)[2], "Monthly report 2026-10")
        terminal.type("w")
        terminal.send(keys: .left)
        run(&app, terminal)
        XCTAssertEqual(screen(terminal)[2], "Weekly report 2026-W45 (2026-11-02 to 2026-11-08)")
        terminal.type("t")
        run(&app, terminal)
        XCTAssertEqual(screen(terminal)[2], "Weekly report 2026-W47 (2026-11-16 to 2026-11-22)")
        terminal.type("m")
        run(&app, terminal)
        XCTAssertEqual(screen(terminal)[2], "Monthly report 2026-11", "the month holding today, as the week shown does")
        terminal.type("[[d")
        run(&app, terminal)
        XCTAssertEqual(screen(terminal)[2], "Daily report 2026-09-01", "a month not holding today gives its first day")
        terminal.type("]")
        run(&app, terminal)
        XCTAssertEqual(requests.map(\.description),
                       ["2026-W46", "2026-10", "2026-W46", "2026-W45", "2026-W47", "2026-11", "2026-10", "2026-09",
                        "2026-09-01", "2026-09-02"])
    }

    func testExportWritesTheShownReportToFiles() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var app = try makeApp(.month)
        let terminal = MemoryTerminal()
        terminal.send(.timeout)
        terminal.type("te")
        run(&app, terminal)
        XCTAssertEqual(screen(terminal)[22], "Export to file (Enter to write, Esc to cancel): revisit-monthly-2026-11.csv")
        terminal.send(keys: .ctrl("u"))
        terminal.type(dir.path + "/nov.csv")
        terminal.send(keys: .enter)
        run(&app, terminal)
        let status = screen(terminal)[22...23].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertEqual(status, "Wrote 8 files in \(dir.path) (nov.csv and its tables)", "wrapped, never cut")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        XCTAssertEqual(files, ["nov.categories.csv", "nov.causes.csv", "nov.complaints.csv", "nov.csv", "nov.departments.csv",
                               "nov.missed.csv", "nov.problems.csv", "nov.win_back.csv"])
        let summary = try Data(contentsOf: dir.appendingPathComponent("nov.csv"))
        XCTAssertEqual(Array(summary.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertTrue(String(decoding: summary.dropFirst(3), as: UTF8.self).hasPrefix("Figure,Value\r\nPeriod,2026-11\r\nCalls made,40\r\n"))

        terminal.type("e")
        terminal.send(keys: .ctrl("u"))
        terminal.type(dir.path + "/nov.json")
        terminal.send(keys: .enter)
        run(&app, terminal)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("nov.json"))) as? [String: Any]
        XCTAssertEqual(json?["period"] as? String, "2026-11")

        terminal.type("e")
        terminal.send(keys: .escape)
        run(&app, terminal)
        XCTAssertEqual(screen(terminal)[22], "Complaints received or still open (1)", "Esc closes the prompt")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).count, 9, "and writes nothing")

        terminal.type("e")
        terminal.send(keys: .ctrl("u"))
        terminal.type(dir.path + "/gone/nov.csv")
        terminal.send(keys: .enter)
        run(&app, terminal)
        // A long message wraps upward from the last line.
        let message = screen(terminal)[21...23].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(message.hasSuffix("Export failed: there is no folder \(dir.path)/gone"), message)
    }

    func testMonthlyReportInChinese() throws {
        var app = try makeApp(.month, language: .chinese)
        let terminal = MemoryTerminal()
        terminal.send(.timeout)
        terminal.type("t")
        run(&app, terminal)
        XCTAssertEqual(Array(screen(terminal)[0...14]), [
            " 回访 · 报表",
            "[ 上一期 · ] 下一期 · t 本期 · d/w/m 日/周/月 · e 导出",
            "月报 2026-11",
            "",
            "拨打 40 · 接通 30 · 接通率 75.0%",
            "满意度 92.3（目标 93.0，未达标）",
            "上月 95.0 · 变化 -2.7",
            "",
            "各部门满意度",
            "部门                                                       满意度   上月   变化",
            "前台接待          ██████████████████████████████████│█       95.0   90.0   +5.0",
            "配件                                                │           -      -      -",
            "服务顾问                                            │           -      -      -",
            "车间                                                │        33.3      -      -",
            "条形刻度 50 至 100；│ 为目标 93.0。",
        ])
    }
}
