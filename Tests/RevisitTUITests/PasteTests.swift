import XCTest
import RevisitCore
@testable import RevisitTUI

/// Pasted text (bracketed paste) goes into the focused field as text, never as keys.
final class PasteTests: XCTestCase {
    func testAPasteKeepsItsLinesInTheWordsAndItsEscapesAsPlaceholders() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        let lines = w.run(&app, as: "li.na") { t in
            t.send(keys: .enter)
            t.send(keys: .tab, .tab, .tab, .tab, .tab, .tab)   // the survey, to the words
            t.send(.paste("师傅很专业，\r\n就是等了\u{1B}[2J三个小时。\tq"))
        }.lines().trimmedRight
        XCTAssertEqual(lines[0], " Revisit · Call sat:RO-1", "neither the Esc nor the q left the form")
        XCTAssertEqual(Array(lines[12...13]), [" Customer's words  师傅很专业，", "                   就是等了␛[2J三个小时。 q"])
    }

    func testAPasteWhereNothingTakesTextIsDropped() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        let lines = w.run(&app, as: "li.na") { t in t.send(.paste("ff\n")) }.lines().trimmedRight
        XCTAssertEqual(lines[0], " Revisit · Call queue", "the pasted Enter took no call")
        XCTAssertTrue(lines[1].contains("Kind: all"), lines[1])
    }

    func testALineBreakPastedIntoOneLineBecomesASpace() throws {
        let w = try ComplaintScreenWorld(now: "2026-11-12 10:00")
        var app = try w.app(CallQueueScreen())
        let lines = w.run(&app, as: "li.na") { t in t.type("/"); t.send(.paste("88\nk")) }.lines().trimmedRight
        XCTAssertTrue(lines[1].hasPrefix("Search: 88 k "), lines[1])
    }
}
