import ArgumentParser
import Foundation
import RevisitStore
import RevisitTUI

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify every journal segment, checksum and the config; exit 3 on damage.")

    @OptionGroup var options: StoreOptions

    func run() throws {
        let report = try StoreCheck.run(options.url)
        for line in report.findings + report.notes { print(Sanitizer.keepingLineBreaks(line)) }
        print(report.summary)
        if !report.isHealthy { throw ExitCode(3) }
    }
}
