import XCTest
@testable import RevisitTUI

/// The line shown while the store opens: one line that fits, erased before the screen opens.
final class OpeningNoticeTests: XCTestCase {
    func testTheNoticeIsOneLineThatFitsAndIsErased() {
        var written: [String] = []
        let notice = OpeningNotice(store: "/srv/revisit/dealer\u{1B}[2J", language: .english, columns: 40) { written.append($0) }
        notice.show(.opening)
        notice.show(.readingWholeJournal)
        notice.clear()
        notice.clear()
        XCTAssertEqual(written, [
            "\r\u{1B}[KRevisit: opening /srv/revisit/dealer␛[…",
            "\r\u{1B}[KRevisit: opening /srv/revisit/dealer␛[…",
            "\r\u{1B}[K",
        ], "the store's path cannot clear the terminal; the erase is written once")
        XCTAssertEqual(written.map { DisplayWidth.of($0.dropFirst(4)) }, [39, 39, 0])
    }

    func testChineseAndTheWholeJournal() {
        var written = ""
        let notice = OpeningNotice(store: "/srv/店", language: .chinese, columns: 80) { written += $0 }
        notice.show(.readingWholeJournal)
        XCTAssertEqual(written, "\r\u{1B}[K回访：正在打开 /srv/店，读取全部日志…")
    }
}
