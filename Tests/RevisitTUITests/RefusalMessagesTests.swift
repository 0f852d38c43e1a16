import XCTest
import RevisitCore
@testable import RevisitTUI

final class RefusalMessagesTests: XCTestCase {
    let m = MessageCatalog.refusals

    func testARefusalWithAReasonIsSaidInTheScreensLanguage() {
        let rep = StaffMember(login: "li.na", name: "李娜", role: .rep)
        let error = CommandError(.notAllowed, .onlySupervisor(.reopen, complaint: "P000007", you: rep))
        XCTAssertEqual(error.message, "only a supervisor may reopen closed complaint P000007; you are rep li.na", "the command line's words")
        XCTAssertEqual(m.text(for: error, .english), "Only a supervisor may reopen P000007")
        XCTAssertEqual(m.text(for: error, .chinese), "只有主管可以重新打开 P000007")
        let reached = CommandError(.invalid, .onlyWhenReached(field: "overall 4", outcome: .noAnswer))
        XCTAssertEqual(m.text(for: reached, .chinese), "评分、满意与否、原因和日期只记在接通的通话上，本次结果为“无人接听”")
        let callback = CommandError(.invalid, .callbackWithoutCallbackOutcome(callback: CivilTime("2026-12-24 10:00")!, outcome: .reached))
        XCTAssertEqual(callback.message, "callback 2026-12-24 10:00: only with outcome callback, not reached")
        XCTAssertEqual(m.text(for: callback, .chinese), "回拨时间只能配合“约定回拨”填写，本次结果为“接通”")
        let nothing = CommandError(.invalid, .nothingToChange(complaint: "P000033"))
        XCTAssertEqual(m.text(for: nothing, .english), "Nothing to save for P000033: write a note or choose a change")
        let gone = CommandError(.notFound, .taskGone(task: "sat:RO-9", at: CivilTime("2026-11-12 10:00")!))
        XCTAssertEqual(gone.message, "task sat:RO-9: no such task at 2026-11-12 10:00")
        XCTAssertEqual(m.text(for: gone, .chinese), "sat:RO-9 已不在队列中")
        let noMatch = CommandError(.notFound, .noCustomerMatches(key: "粤Z·NOPE"))
        XCTAssertEqual(noMatch.message, "no customer matches \"粤Z·NOPE\" (give a customer id, phone or plate)", "the command line's words")
        XCTAssertEqual(m.text(for: noMatch, .chinese), "没有与“粤Z·NOPE”匹配的客户：请填写客户编号、电话或车牌")
        let noPhone = CommandError(.notAllowed, .customerNotCallable(task: "sat:RO-9", customer: "C000009", doNotCall: nil))
        XCTAssertEqual(m.text(for: noPhone, .english), "C000009 has no phone left that is not marked wrong")
    }

    func testARefusalWithoutOneKeepsTheCommandsWordsIntroducedInTheScreensLanguage() {
        let refusal = CommandError.invalid("mileage 9999999: must be 0 to 2000000")
        XCTAssertEqual(m.text(for: refusal, .chinese), "未完成：mileage 9999999: must be 0 to 2000000")
        XCTAssertEqual(m.text(for: refusal, .english), "mileage 9999999: must be 0 to 2000000")
    }

    func testAFailureOfTheSystemSaysNothingWasDone() {
        struct DiskFull: Error, CustomStringConvertible {
            var description: String { "cannot write journal/2026-12.log: No space left on device" }
        }
        XCTAssertEqual(m.text(for: DiskFull(), .chinese), "未完成：cannot write journal/2026-12.log: No space left on device")
        XCTAssertEqual(m.text(for: DiskFull(), .english), "Not done: cannot write journal/2026-12.log: No space left on device")
    }
}
