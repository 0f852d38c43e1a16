import ArgumentParser
import Foundation
import RevisitCore
import RevisitStore
import RevisitTUI

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The daily, weekly or monthly report: text, CSV for Excel, or JSON.",
        discussion: """
        The period defaults to the report due today: today's daily report, the last whole week's \
        and the last whole month's (the weekly report is read on Monday, the monthly on the 3rd). \
        A weekly or monthly report also takes --date for the week or month holding that day. CSV is UTF-8 with a byte-order mark, \
        CRLF, one table per file: --out FILE gets the summary and every other table goes beside it \
        as FILE-stem.TABLE.csv; without --out the tables follow each other on standard output. \
        Text cells that begin with =, +, -, @, a tab or a carriage return get a leading ' so \
        Excel shows them as text.
        """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case daily, weekly, monthly

        var period: ReportPeriod.Kind {
            switch self {
            case .daily: .day
            case .weekly: .week
            case .monthly: .month
            }
        }
    }

    @OptionGroup var options: StoreOptions
    @Argument(help: "daily, weekly or monthly.") var kind: Kind
    @Option(help: "The day, as YYYY-MM-DD (for weekly and monthly: the week or month holding it).") var date: String?
    @Option(help: "The ISO week, as YYYY-Www (2026-W47), for the weekly report.") var week: String?
    @Option(help: "The month, as YYYY-MM, for the monthly report.") var month: String?
    @Option(help: "text, csv or json.") var format: OutputFormat = .text
    @Option(help: "Write to FILE (replaced atomically) instead of standard output.") var out: String?

    func run() throws {
        let session = try Session(options)
        let now = try session.now
        let period = try ReportPeriodChoice(kind: kind.period, date: date, week: week, month: month).period(today: now.date)
        let store = session.store
        let report = ReportBuilder.build(period, ReportInput(state: store.state, config: store.config, staff: store.staff, asOf: now))
        let language = Language.resolve(personal: session.actor.language, configured: store.config.language,
                                        environment: ProcessInfo.processInfo.environment)
        try ReportOutput(report: report, language: language, format: format).emit(to: out)
    }
}
