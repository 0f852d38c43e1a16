import Foundation
import RevisitCore

/// The report view: the daily, weekly or monthly report of one period, laid out as in
/// `revisit report --format text` (department bars against the target, the 12-week CSI
/// chart), scrolled with the movement keys. The period moves with previous/next, the report
/// kind with daily/weekly/monthly; export writes what is shown to a file.
///
/// The report is computed by the app's runner (`ReportRequest`, see `ReportCommands`),
/// so the screen stays a pure value.
public struct ReportScreen: Screen {
    public private(set) var period: ReportPeriod
    public private(set) var report: Report?
    public private(set) var failure: String?
    /// The period last asked of the runner, so a tick does not ask again.
    var requested: ReportPeriod?
    /// The first report line shown.
    public private(set) var scroll = 0
    /// The file name being typed, while exporting.
    var exportField: TextField?
    let today: CivilDate
    let m = MessageCatalog.reports

    public init(kind: ReportPeriod.Kind, today: CivilDate) {
        self.today = today
        period = ReportPeriod(kind, containing: today)
    }

    public var keyContexts: [KeyContext] { exportField == nil ? [.reports] : [.text, .reports] }
    public var acceptsText: Bool { exportField != nil }

    public func title(_ context: ScreenContext) -> String { context.text(m.screenTitle) }

    /// Lines above the report: the key hint.
    static let headerRows = 1

    func layoutLines(_ context: ScreenContext) -> [ReportLine] {
        guard let report, report.period == period else { return [] }
        return ReportLayout(report, language: context.language, width: context.bodySize.cols).lines
    }

    func visibleRows(_ context: ScreenContext) -> Int {
        max(1, context.bodySize.rows - Self.headerRows - (exportField == nil ? 0 : 1))
    }

    public mutating func handle(_ input: ScreenInput, context: ScreenContext) -> Response {
        if exportField != nil { return handleExportInput(input, context: context) }
        switch input {
        case .appeared:
            return request()
        case .tick:
            return report?.period == period || requested == period ? .done : request()
        case .commandResult(let result as Report):
            guard result.period == period else { return .done }
            report = result
            failure = nil
            return .done
        case .commandResult(let result as ReportFailure):
            failure = result.message
            return .handled([.status(result.message, .error)])
        case .commandResult(let result as ReportExportResult):
            switch result {
            case .written(let files):
                let text = files.count == 1 ? context.format(m.exported, files[0])
                    : context.format(m.exportedMany, files.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "", files.count - 1)
                return .handled([.status(text, .success)])
            case .failed(let why):
                return .handled([.status(context.format(m.exportFailed, why), .error)])
            }
        case .action(.previousPeriod): return show(period.previous)
        case .action(.nextPeriod): return show(period.next)
        case .action(.currentPeriod): return show(ReportPeriod(period.kind, containing: today))
        case .action(.dailyReport): return show(ReportPeriod(.day, containing: focusDay))
        case .action(.weeklyReport): return show(ReportPeriod(.week, containing: focusDay))
        case .action(.monthlyReport): return show(ReportPeriod(.month, containing: focusDay))
        case .action(.exportReport):
            guard let report, report.period == period else { return .done }
            exportField = TextField(text: ReportExport.suggestedName(for: report), maxLength: 1024)
            return .done
        case .action(let action):
            return scroll(action, context: context) ? .done : Navigator.response(to: action) ?? .ignored
        default:
            return .ignored
        }
    }

    /// The day a change of report kind keeps: today when it lies in the period shown, else its first day.
    var focusDay: CivilDate { period.contains(today) ? today : period.firstDay }

    mutating func show(_ next: ReportPeriod) -> Response {
        guard next != period else { return .done }
        period = next
        scroll = 0
        return request()
    }

    mutating func request() -> Response {
        requested = period
        return .handled([.run(ReportRequest(period: period))])
    }

    mutating func scroll(_ action: Action, context: ScreenContext) -> Bool {
        let page = max(1, visibleRows(context) - 1)
        let last = max(0, layoutLines(context).count - visibleRows(context))
        switch action {
        case .moveUp: scroll -= 1
        case .moveDown: scroll += 1
        case .pageUp: scroll -= page
        case .pageDown: scroll += page
        case .first: scroll = 0
        case .last: scroll = last
        default: return false
        }
        scroll = min(max(0, scroll), last)
        return true
    }

    mutating func handleExportInput(_ input: ScreenInput, context: ScreenContext) -> Response {
        guard var field = exportField else { return .ignored }
        switch input {
        case .action(.back):
            exportField = nil
            return .done
        case .action(.newline), .action(.select), .character("\n"):
            exportField = nil
            let path = field.text.trimmed
            guard let report, !path.isEmpty else { return .done }
            return .handled([.run(ReportExportRequest(report: report, path: path, language: context.language))])
        default:
            let used = field.handle(input, width: exportFieldWidth(context))
            exportField = field
            return used ? .done : .ignored
        }
    }

    func exportFieldWidth(_ context: ScreenContext) -> Int {
        max(1, context.bodySize.cols - DisplayWidth.of(context.text(m.exportPrompt)))
    }

    public func render(into frame: inout Frame, region: Rect, context: ScreenContext) {
        let key = { (action: Action) in
            context.keyNames(for: action, in: [.reports]).components(separatedBy: ", ").first ?? ""
        }
        let hint = context.format(m.keysHint, key(.previousPeriod), key(.nextPeriod),
                                  [key(.dailyReport), key(.weeklyReport), key(.monthlyReport)].joined(separator: "/"),
                                  key(.exportReport))
        frame.put(hint, row: region.row, col: region.col, width: region.cols, style: .dim)
        let bodyTop = region.row + Self.headerRows
        let rows = visibleRows(context)
        let lines = layoutLines(context)
        if lines.isEmpty {
            frame.put(failure ?? context.text(m.loading), row: bodyTop, col: region.col, width: region.cols)
        }
        for (i, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            frame.put(line.text, row: bodyTop + i, col: region.col, width: region.cols, style: Self.style(line.kind))
        }
        if let field = exportField {
            let row = region.row + region.rows - 1
            let prompt = context.text(m.exportPrompt)
            let used = frame.put(prompt, row: row, col: region.col, style: .bold)
            field.render(into: &frame, row: row, col: region.col + used, width: region.cols - used, focused: true)
        }
    }

    static func style(_ kind: ReportLine.Kind) -> Style {
        switch kind {
        case .title: return .bold
        case .heading: return .underline
        case .plain: return .plain
        case .below: return .color(.overdue)
        }
    }
}
