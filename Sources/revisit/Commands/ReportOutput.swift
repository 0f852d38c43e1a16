import Foundation
import RevisitCore
import RevisitStore
import RevisitTUI

/// A built report written as `--format` asks, to standard output or (atomically) to `--out`.
struct ReportOutput {
    let report: Report
    let language: Language
    let format: OutputFormat

    func emit(to out: String?) throws {
        guard let out else {
            FileHandle.standardOutput.write(bytes)
            return
        }
        let url = URL(fileURLWithPath: out)
        if let problem = ReportExport.folderProblem(for: url, language: .english) { throw Refusal("--out \(out): \(problem)") }
        do {
            let written: [URL]
            switch format {
            case .csv: written = try ReportExport.write(report, language: language, format: .csv, to: url)
            case .json, .text:
                try AtomicFile.write(bytes, to: url)
                written = [url]
            }
            for file in written { print(file.path) }
        } catch {
            throw Refusal("cannot write --out \(out): \(error)")
        }
    }

    var bytes: Data {
        switch format {
        case .text: Data(ReportLayout(report, language: language).text.utf8)
        case .json: Data(ReportJSON.data(report))
        case .csv: ExcelCSV.concatenated(ReportTables(report, language: language).tables)
        }
    }
}
