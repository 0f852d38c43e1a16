import XCTest
import RevisitCore
@testable import RevisitTUI

/// A screen in English names an impossible date in the command line's words, so a rep and a
/// script see the same reason for the same text.
final class DateEntryMessagesTests: XCTestCase {
    func testTheScreensEnglishIsTheCommandLines() {
        let cases: [DateImpossibility] = [.yearOutOfRange, .noSuchMonth(13), .noSuchDay(month: "2026-02", day: 30), .noSuchHour, .noSuchMinute]
        for why in cases {
            XCTAssertEqual(MessageCatalog.dates.explain(why, .english), why.english)
            XCTAssertNotEqual(MessageCatalog.dates.explain(why, .chinese), why.english, "said in Chinese too")
        }
        XCTAssertEqual(MessageCatalog.dates.problem(date: "2026-02-30", field: "期限", .chinese), "期限 2026-02-30：2026-02 没有 30 日")
    }
}
