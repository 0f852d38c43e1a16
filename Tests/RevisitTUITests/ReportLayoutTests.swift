import XCTest
import RevisitCore
import RevisitStore
@testable import RevisitTUI

final class ReportLayoutTests: XCTestCase {
    let samples = [ReportSamples.daily, ReportSamples.weekly, ReportSamples.monthly]

    func testEveryLineFitsEightyColumnsInEveryLanguage() {
        for report in samples {
            for language in Language.allCases {
                for line in ReportLayout(report, language: language).lines {
                    XCTAssertLessThanOrEqual(DisplayWidth.of(line.text), 80, "\(report.period) \(language): \(line.text)")
                }
            }
        }
    }

    func testBarsAgainstTheTarget() {
        let target = Percentage(tenths: 930)
        // 40 cells for 50..100: 1.25 points a cell; the target 93.0 falls in cell 34 (43 / 1.25 = 34.4).
        XCTAssertEqual(ReportCharts.targetCell(target, cells: 40), 34)
        XCTAssertEqual(ReportCharts.bar(Percentage(tenths: 1000), target: target, cells: 40),
                       String(repeating: "█", count: 34) + "│" + String(repeating: "█", count: 5))
        // 92.5: 42.5 / 1.25 = 34 cells exactly, ending just before the target mark.
        XCTAssertEqual(ReportCharts.bar(Percentage(tenths: 925), target: target, cells: 40),
                       String(repeating: "█", count: 34) + "│" + String(repeating: " ", count: 5))
        // 60.0: 10 / 1.25 = 8 cells; 60.7: 8.56 cells = 68.48 eighths -> 68: 8 cells and 4 eighths (▌).
        XCTAssertEqual(ReportCharts.bar(Percentage(tenths: 600), target: target, cells: 40),
                       String(repeating: "█", count: 8) + String(repeating: " ", count: 26) + "│" + String(repeating: " ", count: 5))
        XCTAssertEqual(ReportCharts.bar(Percentage(tenths: 607), target: target, cells: 40),
                       String(repeating: "█", count: 8) + "▌" + String(repeating: " ", count: 25) + "│" + String(repeating: " ", count: 5))
        // Below the scale and empty: no bar, only the mark.
        for value in [Percentage(tenths: 333), nil] {
            XCTAssertEqual(ReportCharts.bar(value, target: target, cells: 40),
                           String(repeating: " ", count: 34) + "│" + String(repeating: " ", count: 5))
        }
    }

    /// On a wide terminal the bars stay beside the department names, as at 80 columns.
    func testDepartmentBarsStayBesideTheirNamesWhenWide() {
        for width in [80, 120, 200] {
            let lines = ReportLayout(ReportSamples.weekly, language: .english, width: width).lines.map(\.text)
            let reception = try? XCTUnwrap(lines.first { $0.hasPrefix("reception ") })
            XCTAssertEqual(reception.map { DisplayWidth.of($0.prefix { $0 != "█" && $0 != "│" }) }, 32, "\(width) columns")
        }
    }

    /// On a narrow terminal the bars grow shorter, so a department keeps its name beside its
    /// bar and its figures: at 58 cells the monthly table gave the names no room at all. The
    /// names' column is as wide as the longest ("service advisor", 15 cells).
    func testDepartmentBarsShortenBeforeTheirNamesGo() {
        for report in [ReportSamples.weekly, ReportSamples.monthly] {
            let lines = ReportLayout(report, language: .english, width: 58).lines.map(\.text)
            let reception = try? XCTUnwrap(lines.first { $0.hasPrefix("reception ") }, lines.joined(separator: "\n"))
            XCTAssertEqual(reception.map { DisplayWidth.of($0.prefix { $0 != "█" && $0 != "│" }) }, 16, report.period.description)
            XCTAssertTrue(lines.contains { $0.hasPrefix("service advisor ") }, lines.joined(separator: "\n"))
            XCTAssertLessThanOrEqual(reception.map(DisplayWidth.of) ?? 99, 58)
        }
    }

    /// A department's name longer than the room beside the bars takes from the bars: the
    /// monthly table at 80 columns cut "asesor de servicio" to "asesor de servic…".
    func testALongDepartmentNameShortensTheBarsFirst() {
        let lines = ReportLayout(ReportSamples.monthly, language: .spanish, width: 80).lines.map(\.text)
        let advisor = lines.first { $0.hasPrefix("asesor de servicio ") }
        XCTAssertNotNil(advisor, lines.joined(separator: "\n"))
        XCTAssertLessThanOrEqual(advisor.map(DisplayWidth.of) ?? 99, 80)
        let english = ReportLayout(ReportSamples.monthly, language: .english, width: 80).lines.map(\.text)
        let reception = english.first { $0.hasPrefix("reception ") }
        XCTAssertEqual(reception.map { DisplayWidth.of($0.prefix { $0 != "█" && $0 != "│" && $0 != "▏" }) }, 18, "English keeps its bars")
    }

    /// A category's name too long for the complaints table's column is its short name there:
    /// "calidad de reparación" was cut to "calidad de repar…".
    func testACategoryTooLongForItsColumnIsShortened() {
        let names = ReportValueNames(language: .spanish)
        XCTAssertEqual(names.category("repair-quality", fitting: 17), "reparac.")
        XCTAssertEqual(names.category("technical-problem", fitting: 17), "problema técnico")
        XCTAssertEqual(ReportValueNames(language: .english).category("repair-quality", fitting: 17), "repair quality")
        let lines = ReportLayout(ReportSamples.monthly, language: .spanish, width: 80).lines.map(\.text)
        XCTAssertTrue(lines.contains { $0.contains(" reparac. ") }, lines.joined(separator: "\n"))
    }

    /// A narrow terminal drops the oldest weeks of the CSI chart, never the week reported.
    func testTheCSIChartKeepsTheLatestWeeksThatFit() {
        let lines = ReportLayout(ReportSamples.weekly, language: .english, width: 40).lines.map(\.text)
        let chart = try? XCTUnwrap(lines.firstIndex { $0.hasPrefix("CSI, last ") }, lines.joined(separator: "\n"))
        XCTAssertEqual(chart.map { lines[$0] }, "CSI, last 5 weeks (┈ marks the target 93.0)")
        XCTAssertEqual(chart.map { lines[$0 + 6] }, "       W43   W44   W45   W46   W47")
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 40 || !$0.contains("┤") })
    }

    func testMonthlyComplaintsChurnAndRework() {
        let lines = ReportLayout(ReportSamples.monthly, language: .english).lines.map(\.text)
        let start = lines.firstIndex(of: "Complaints received or still open (1)")!
        XCTAssertEqual(Array(lines[start...]), [
            "Complaints received or still open (1)",
            "By category: repair quality 1",
            "ID      Received    Customer     Category          Crisis    Status",
            "P000001 11-05 10:00 张伟 C000001 repair quality    safety    closed",
            "        Owner li.na → Responsible zhao.lei · Deadline 2026-11-10 ·",
            "        Resolved 2026-11-09 16:00 · on time",
            "        Recall: satisfied “挺满意的”",
            "",
            "Churn",
            "Active at start 1500 · Lost 30 · Churn rate 2.0%",
            "Causes (win-back calls): price 3",
            "Win-back calls: reached 10",
            "",
            "Rework rate",
            "1.5% (3 reworked of 200 repair and warranty visits)",
            "",
            "Missed follow-ups (0)",
        ])
    }

    /// Counts too many for one line wrap between their parts, never cut, never splitting
    /// a name from its count.
    func testLongCountsWrapBetweenTheirParts() {
        var report = ReportSamples.monthly
        report.month?.complaintsByCategory = ["service-quality", "parts-quality", "warranty-claim", "repair-quality", "technical-problem"]
            .map { NamedCount(name: $0, count: 5) }
        let lines = ReportLayout(report, language: .english).lines.map(\.text)
        let start = lines.firstIndex { $0.hasPrefix("By category:") }!
        XCTAssertEqual(Array(lines[start ... start + 1]), [
            "By category: service quality 5 · parts quality 5 · warranty claim 5 ·",
            "repair quality 5 · technical problem 5",
        ])
    }

    /// The shop's default departments are named in Chinese on a Chinese screen; one the shop
    /// made up shows as written.
    func testDefaultDepartmentsAreNamedInTheScreensLanguage() {
        var report = ReportSamples.daily
        report.departments.append("二手车")
        let lines = ReportLayout(report, language: .chinese).lines.map(\.text)
        for name in ["前台接待", "配件", "服务顾问", "车间", "二手车"] {
            XCTAssertTrue(lines.contains { $0.hasPrefix(name + " ") && $0.contains("│") }, "\(name):\n" + lines.joined(separator: "\n"))
        }
        XCTAssertTrue(lines.contains("车间 (1)"), lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.contains("workshop") || $0.contains("reception") })
        XCTAssertEqual(MessageCatalog.domain.department("service-advisor", .english), "service advisor")
        XCTAssertEqual(MessageCatalog.domain.department("body-shop-2", .english), "body-shop-2", "an id the shop made up")
        // The default survey questions in a problem call's low ratings, likewise.
        XCTAssertTrue(lines.contains { $0.contains("低分项：质量 1，总体 2") }, lines.joined(separator: "\n"))
        XCTAssertEqual(MessageCatalog.domain.question("quality", .english), "quality")
        XCTAssertEqual(MessageCatalog.domain.question("noise", .chinese), "noise")
    }

    /// A complaint still open from another year shows the year it came in, not a day that
    /// reads as this year's.
    func testAComplaintFromAnotherYearShowsItsYear() {
        var report = ReportSamples.monthly
        report.month?.complaints[0].receivedAt = CivilTime("2025-08-18 16:28")!
        let lines = ReportLayout(report, language: .english).lines.map(\.text)
        XCTAssertTrue(lines.contains { $0.hasPrefix("P000001 2025-08-18  张伟 C000001") }, lines.joined(separator: "\n"))
        XCTAssertTrue(ReportLayout(ReportSamples.monthly, language: .english).lines.contains { $0.text.hasPrefix("P000001 11-05 10:00 张伟") })
    }

    /// Statuses, categories, crises, outcomes, causes and missed reasons are named as the
    /// other screens name them, not spelled as the journal holds them.
    func testFixedValuesAreNamedInTheScreensLanguage() {
        let monthly = ReportLayout(ReportSamples.monthly, language: .chinese).lines.map(\.text)
        for expected in ["按类别：维修质量 1", "流失原因（挽回电话）：价格 3", "挽回电话结果：接通 10"] {
            XCTAssertTrue(monthly.contains(expected), "\(expected) in\n" + monthly.joined(separator: "\n"))
        }
        XCTAssertTrue(monthly.contains { $0.hasPrefix("P000001 11-05 10:00 张伟 C000001") && $0.hasSuffix("维修质量          安全      已关闭") },
                      monthly.joined(separator: "\n"))
        XCTAssertTrue(monthly.contains { $0.contains("13800138000 P000001 处理中") }, monthly.joined(separator: "\n"))
        let weekly = ReportLayout(ReportSamples.weekly, language: .chinese).lines.map(\.text)
        XCTAssertTrue(weekly.contains { $0.hasPrefix("11-18 16:00 김민준 C000003") && $0.contains("RO-9             联系不上") },
                      weekly.joined(separator: "\n"))
        let english = ReportLayout(ReportSamples.weekly, language: .english).lines.map(\.text)
        XCTAssertTrue(english.contains { $0.contains("RO-9             unreachable     3") }, english.joined(separator: "\n"))
    }

    func testWrapBreaksAtSpacesAndAnywhereInChinese() {
        XCTAssertEqual(TextWrap.lines("one two three", width: 8), ["one two", "three"])
        // A line that fills the width just before a space breaks at that space, not at the one before.
        XCTAssertEqual(TextWrap.lines("one two", width: 3), ["one", "two"])
        XCTAssertEqual(TextWrap.lines("one two  three", width: 7), ["one two", "three"])
        XCTAssertEqual(TextWrap.lines("车子异响修了两次", width: 7), ["车子异", "响修了", "两次"])
        XCTAssertEqual(TextWrap.lines("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(TextWrap.lines("a\nb\u{1B}[2J", width: 10), ["a", "b\u{241B}[2J"])
    }

    /// A hanging indent: a paragraph's later lines start indented and fit the width with it,
    /// on both paths (scalars, and characters for the combining mark); each paragraph on its own.
    func testWrapWithAHangingIndent() {
        XCTAssertEqual(TextWrap.lines("one two three four", width: 9, hangingIndent: 2), ["one two", "  three", "  four"])
        XCTAssertEqual(TextWrap.lines("车子异响修了两次", width: 8, hangingIndent: 2), ["车子异响", "  修了两", "  次"])
        XCTAssertEqual(TextWrap.lines("cafe\u{301} au lait noir\nsans sucre", width: 10, hangingIndent: 3),
                       ["café au", "   lait", "   noir", "sans sucre"])
        XCTAssertEqual(TextWrap.lines("abc def", width: 2, hangingIndent: 5), ["ab", " c", " d", " e", " f"],
                       "an indent never takes the whole width")
    }

    func testTablesForFiles() {
        let tables = ReportTables(ReportSamples.monthly, language: .english).tables
        XCTAssertEqual(tables.map(\.name), ["summary", "departments", "problems", "complaints", "categories", "causes",
                                            "win_back", "missed"])
        XCTAssertEqual(tables[0].rows.map { $0[0] }, ["Period", "Calls made", "Reached", "Reach rate", "CSI", "CSI target",
                                                     "CSI previous month", "CSI change", "Active at start", "Lost", "Churn rate",
                                                     "Rework rate", "Missed follow-ups"].map { .text($0) })
        XCTAssertEqual(tables[0].rows.map { $0[1] }, [.text("2026-11"), .number("40"), .number("30"), .number("75.0"),
                                                     .number("92.3"), .number("93.0"), .number("95.0"), .number("-2.7"),
                                                     .number("1500"), .number("30"), .number("2.0"), .number("1.5"), .number("0")])
        XCTAssertEqual(tables[1].rows[0], [.text("reception"), .number("20"), .number("95.0"), .number("90.0"), .number("5.0")])
        XCTAssertEqual(tables[1].rows[1], [.text("parts"), .number("0"), .text(""), .text(""), .text("")])
        XCTAssertEqual(tables[5].rows, [[.text("price"), .number("3")]], "causes that did not occur are left out")
        let daily = ReportTables(ReportSamples.daily, language: .chinese).tables
        XCTAssertEqual(daily.map(\.name), ["summary", "departments", "problems"])
        XCTAssertEqual(daily[2].columns[0...3], ["ID", "时间", "客服代表", "客户"])
        // The customer's words that look like a formula reach the file inert.
        let csv = String(decoding: ExcelCSV.data(daily[2]).dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.contains(",\"'=HYPERLINK(\"\"x\"\") wants a call back\","), csv)
    }
}
