import Foundation
import RevisitCore
import RevisitStore

/// Writes a report to files: JSON when the name ends in `.json`, else CSV for Excel (the
/// first table to the file itself, the others beside it; see `ExcelCSV`). Each file is
/// replaced atomically. Used by the report screen and by `revisit report --out`.
public enum ReportExport {
    public enum Format: String, Sendable { case csv, json }

    public static func format(for url: URL) -> Format { url.pathExtension.lowercased() == "json" ? .json : .csv }

    @discardableResult
    public static func write(_ report: Report, language: Language, format: Format, to url: URL) throws -> [URL] {
        switch format {
        case .json:
            try AtomicFile.write(Data(ReportJSON.data(report)), to: url)
            return [url]
        case .csv:
            return try ExcelCSV.write(ReportTables(report, language: language).tables, to: url)
        }
    }

    /// Why no file can be written at `url`, said plainly before trying (rather than as the error
    /// of the temporary file beside it); nil when its folder is there and writable.
    public static func folderProblem(for url: URL, language: Language) -> String? {
        let folder = url.deletingLastPathComponent().path, m = MessageCatalog.reports
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return m.exportNoFolder.format(language, folder)
        }
        guard FileManager.default.isWritableFile(atPath: folder) else { return m.exportFolderReadOnly.format(language, folder) }
        return nil
    }

    /// A file name for the report in the current directory: `revisit-monthly-2026-10.csv`.
    public static func suggestedName(for report: Report) -> String {
        "revisit-\(ReportJSON.kindName(report.period.kind))-\(report.period).csv"
    }
}

/// Asks the app's command runner for a report: of `period`, or when nil of the period of
/// `kind` whose report is due today (see `ReportPeriod.due`). The answer is a `ReportAnswer` (or a `ReportFailure`).
public struct ReportRequest: AppCommand, Equatable {
    public let kind: ReportPeriod.Kind
    public let period: ReportPeriod?
    public init(kind: ReportPeriod.Kind, period: ReportPeriod?) { self.kind = kind; self.period = period }
}

public struct ReportAnswer: Equatable, Sendable {
    public let report: Report
    /// The runner's today, for the current-period key.
    public let today: CivilDate
    public init(report: Report, today: CivilDate) { self.report = report; self.today = today }
}

/// Asks the runner to write the report to a file; the answer is a `ReportExportResult`.
public struct ReportExportRequest: AppCommand {
    public let report: Report
    public let path: String
    public let language: Language

    /// Runs the export (the runner calls this): never throws, the result says what happened.
    public func perform() -> ReportExportResult {
        let url = URL(fileURLWithPath: path)
        if let problem = ReportExport.folderProblem(for: url, language: language) { return .failed(problem) }
        do {
            let files = try ReportExport.write(report, language: language, format: ReportExport.format(for: url), to: url)
            return .written(files.map(\.path))
        } catch {
            return .failed("\(path): \(error)")
        }
    }
}

public enum ReportExportResult: Equatable, Sendable {
    case written([String])
    case failed(String)
}

public struct ReportFailure: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// What the app's runner does with the report screen's commands: nil for anything else.
public enum ReportCommands {
    public static func run(_ command: any AppCommand, now: () -> CivilTime,
                           build: (ReportPeriod, CivilTime) throws -> Report) -> Any? {
        switch command {
        case let request as ReportRequest:
            let now = now()
            let period = request.period ?? .due(request.kind, on: now.date)
            do { return ReportAnswer(report: try build(period, now), today: now.date) } catch { return ReportFailure("\(error)") }
        case let request as ReportExportRequest:
            return request.perform()
        default:
            return nil
        }
    }
}

extension ReportCommands {
    /// The report screen's commands against the open store: reports are built from the
    /// state as it is now (other reps' saves picked up first).
    public static func run(_ command: any AppCommand, session: StoreSession) -> Any? {
        run(command, now: { session.now }) { period, now in
            session.refreshIfChanged()
            return ReportBuilder.build(period, ReportInput(state: session.state, config: session.config,
                                                           staff: session.store.staff, asOf: now))
        }
    }
}
