import XCTest
import RevisitCore
@testable import RevisitTUI

/// Every top screen's title, header rows and key hints fit 80 columns in every language: a
/// cut one ends in "…". Names and words in the rows may be cut; the screen's own text not.
final class ScreensInEveryLanguageTests: XCTestCase {
    func testTheScreensOwnTextIsNeverCutAtEightyColumns() throws {
        let fixture = try StoreFixture()
        let screens: [(name: String, make: () -> any Screen)] = [
            ("queue", { CallQueueScreen() }), ("customers", { CustomerListScreen() }),
            ("complaints", { ComplaintQueueScreen() }),
            ("reports", { ReportScreen(kind: .week, today: StoreFixture.now.date) }),
        ]
        for language in Language.allCases {
            for screen in screens {
                var app = try fixture.app(screen.make(), language: language)
                let lines = fixture.run(&app) { _ in }
                for row in [0, 1, 2, 22, 23] {
                    XCTAssertFalse(lines[row].contains("…"), "\(language) \(screen.name) row \(row): \(lines[row])")
                }
                let help = fixture.run(&app) { t in t.type("?") }
                XCTAssertTrue(help[1].hasPrefix(MessageCatalog.app.helpTitle.format(language, "")), "\(language) \(screen.name): \(help[1])")
                for (row, line) in help.enumerated() {
                    XCTAssertFalse(line.contains("…"), "\(language) \(screen.name) help row \(row): \(line)")
                }
            }
            var call = try fixture.app(CallQueueScreen(), language: language)
            let lines = fixture.run(&call) { t in t.send(keys: .enter) }
            XCTAssertTrue(lines[0].contains(MessageCatalog.call.title.format(language, "sat:")), "\(language): \(lines[0])")
            for row in [0, 22, 23] {
                XCTAssertFalse(lines[row].contains("…"), "\(language) call row \(row): \(lines[row])")
            }
            var form = try fixture.app(CallQueueScreen(), language: language)
            let empty = fixture.run(&form) { t in t.type("p") }   // the quick-handling form, nothing typed yet
            XCTAssertTrue(empty[0].contains(MessageCatalog.complaints.formTitle[language]), "\(language): \(empty[0])")
            for (row, line) in empty.enumerated() {
                XCTAssertFalse(line.contains("…"), "\(language) complaint form row \(row): \(line)")
            }
        }
    }
}
