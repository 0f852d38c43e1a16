import XCTest
import RevisitCore
@testable import RevisitStore

final class PackedFieldsTests: XCTestCase {
    /// Events read from a journal line in place (plain fields straight from its bytes, escaped
    /// ones through the record) come out as from the fields held as Strings.
    func testEventsReadInPlaceMatchTheFieldsAsText() throws {
        let call = Call(id: "K000007", caller: "li.na", customerID: "C000001", taskID: "sat:RO-1", taskKind: .satisfaction,
                        visitRO: "RO-1", phone: "13800138000", callAt: CivilTime("2026-03-02 10:15")!,
                        enteredAt: CivilTime("2026-03-02 10:20")!, outcome: .reached, ratings: ["speed": 5, "prices": 2],
                        overall: 3, words: "师傅\t很好\n就是\\贵\r\0了", problem: true, callbackAt: CivilTime("2026-03-09 09:00"))
        let visit = Visit(roNumber: "RO-1", customerID: "C000001", plateKey: "粤B12345", type: .maintenance,
                          openedAt: CivilTime("2026-03-01 09:00")!, deliveredAt: CivilTime("2026-03-01 15:00")!,
                          mileage: 12000, items: "机油\\滤芯\t", serviceAdvisor: "王芳", nextServiceDate: CivilDate(year: 2026, month: 9, day: 1)!)
        var bytes: [UInt8] = []
        let events: [any DomainEvent] = [CallLogged(call), VisitSaved(visit)]
        for (n, event) in events.enumerated() {
            LineFormat.appendLine(seq: n + 1, moreFollows: false, time: "2026-03-02T10:20:00+08:00",
                                  record: PendingRecord(event, author: "li.na"), to: &bytes)
        }
        var decoded: [any DomainEvent] = []
        try bytes.withUnsafeBytes { region in
            var position = SegmentPosition()
            try SegmentScanner.scan(region, position: &position) { line in
                guard case .record(let view, _) = line else { return XCTFail("damaged: \(line)") }
                XCTAssertNotNil(view.packedFields)
                decoded.append(try EventRegistry.decode(type: view.type, fields: view))
            }
        }
        XCTAssertEqual(decoded.count, 2)
        XCTAssertEqual((decoded.first as? CallLogged)?.call, call)
        XCTAssertEqual((decoded.last as? VisitSaved)?.visit, visit)
    }
}
