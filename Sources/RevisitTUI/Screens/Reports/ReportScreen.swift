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
    public private(set) var kind: ReportPeriod.Kind
    /// nil until the runner said which period holds today.
    public private(set) var period: ReportPeriod?
    public private(set) var report: Report?
    public private(set) var failure: String?
    /// The request last made, so a tick does not ask again.
    var requested: ReportRequest?
    /// The first report line shown.
    public private(set) var scroll = 0
    /// The file name being typed, while exporting.
    var exportField: TextField?
    var today: CivilDate?
    let m = MessageCatalog.reports

    /// Opens on the period of `kind` whose report is due (see `ReportPeriod.due`; the runner
    /// knows the date).
    public init(kind: ReportPeriod.Kind) { self.kind = kind }

    /// Opens on the period of `kind` whose report is due on `today`.
    public init(kind: ReportPeriod.Kind, today: CivilDate) {
        self.kind = kind
        self.today = today
        period = .due(kind, on: today)
    }

    public var keyContexts: [KeyContext] { exportField == nil ? [.reports] : [.text, .reports] }
    public var acceptsText: Bool { exportField != nil }

    public func title(_ context: ScreenContext) -> String { context.text(m.screenTitle) }

    /// Lines above the report: the key hint.
    static let headerRows = 1

    /// The shown report's lines, laid out once per report, language and width: a large
    /// report takes a while to lay out, and keys must stay quick.
    var laidOut: (language: Language, width: Int, lines: [ReportLine])?

    func layoutLines(_ context: ScreenContext) -> [ReportLine] {
        guard let report, report.period == period else { return [] }
        if let cached = laidOut, cached.language == context.language, cached.width == context.bodySize.cols { return cached.lines }
        return ReportLayout(report, language: context.language, width: context.bodySize.cols).lines
    }

    mutating func layOut(_ context: ScreenContext) {
        laidOut = nil
        laidOut = (context.language, context.bodySize.cols, layoutLines(context))
    }

    func visibleRows(_ context: ScreenContext) -> Int {
        max(1, context.bodySize.rows - Self.headerRows - (exportField == nil ? 0 : 1))
    }

    public mutating func handle(_ input: ScreenInput, context: ScreenContext) -> Response {
        if exportField != nil { return handleExportInput(input, context: context) }
        switch input {
        case .appeared:
            return request(period)
        case .tick:
            return report != nil && report?.period == period || requested == ReportRequest(kind: kind, period: period)
                ? .done : request(period)
        case .commandResult(let answer as ReportAnswer):
            today = answer.today
            guard period == nil || answer.report.period == period else { return .done }
            period = answer.report.period
            kind = answer.report.period.kind
            report = answer.report
            failure = nil
            layOut(context)
            return .done
        case .commandResult(let result as ReportFailure):
            failure = result.message
            return .handled([.status(result.message, .error)])
        case .commandResult(let result as ReportExportResult):
            switch result {
            case .written(let files):
                let first = URL(fileURLWithPath: files.first ?? "")
                let text = files.count == 1 ? context.format(m.exported, first.path)
                    : context.format(m.exportedMany, files.count, first.deletingLastPathComponent().path, first.lastPathComponent)
                return .handled([.status(text, .success)])
            case .failed(let why):
                return .handled([.status(context.format(m.exportFailed, why), .error)])
            }
        case .action(.previousPeriod): return period.map { show($0.previous) } ?? .done
        case .action(.nextPeriod): return period.map { show($0.next) } ?? .done
        case .action(.currentPeriod): return show(kind, today.map { ReportPeriod(kind, containing: $0) })
        case .action(.dailyReport): return change(to: .day)
        case .action(.weeklyReport): return change(to: .week)
        case .action(.monthlyReport): return change(to: .month)
        case .action(.exportReport):
            guard let report, report.period == period else { return .done }
            exportField = TextField(text: ReportExport.suggestedName(for: report), maxLength: 1024)
            return .done
        case .action(let action):
            if laidOut?.width != context.bodySize.cols { layOut(context) }
            return scroll(action, context: context) ? .done : Navigator.response(to: action) ?? .ignored
        default:
            return .ignored
        }
    }

    /// Another kind of report: from the period whose report is due, the due one of `kind`;
    /// else around the same days, the period of `kind` holding today when today lies in the
    /// period shown, else holding its first day.
    mutating func change(to kind: ReportPeriod.Kind) -> Response {
        guard let period else { return show(kind, nil) }
        if let today, period == .due(self.kind, on: today) { return show(kind, .due(kind, on: today)) }
        let day = today.map { period.contains($0) ? $0 : period.firstDay } ?? period.firstDay
        return show(kind, ReportPeriod(kind, containing: day))
    }

    mutating func show(_ next: ReportPeriod) -> Response { show(next.kind, next) }

    /// Shows the period (nil: the one of `kind` whose report is due), asking the runner unless it is shown.
    mutating func show(_ kind: ReportPeriod.Kind, _ next: ReportPeriod?) -> Response {
        let target = next ?? today.map { ReportPeriod.due(kind, on: $0) }
        guard target == nil || target != period || self.kind != kind else { return .done }
        self.kind = kind
        period = target
        scroll = 0
        return request(target)
    }

    mutating func request(_ period: ReportPeriod?) -> Response {
        let request = ReportRequest(kind: kind, period: period)
        requested = request
        return .handled([.run(request)])
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
        let hint = context.format(m.keysHint, key(.previousPeriod), key(.nextPeriod), key(.currentPeriod),
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
