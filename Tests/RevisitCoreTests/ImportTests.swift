import XCTest
@testable import RevisitCore

final class ImportTests: XCTestCase {
    static let header = ["ro_number", "customer_name", "phone", "plate", "model", "visit_type", "opened_at", "delivered_at",
                         "amount", "rework", "club_member", "next_service_date"]

    func row(_ ro: String, name: String = "张伟", phone: String = "138 0013 8000", plate: String = "粤B·12345",
             type: String = "maintenance", opened: String = "2026-11-02 09:10", delivered: String = "2026-11-02 15:40",
             amount: String = "580.00", rework: String = "no", club: String = "yes", next: String = "") -> [String] {
        [ro, name, phone, plate, "朗逸", type, opened, delivered, amount, rework, club, next]
    }

    func validate(_ cells: [String], line: Int = 2) throws -> Result<RepairOrder, RowProblems> {
        RepairOrderValidator(header: try RepairOrderHeader(Self.header)).validate(cells, line: line)
    }

    func testChineseHeadersAndUnknownColumns() throws {
        let h = try RepairOrderHeader(["\u{FEFF}工单号", "客户名称", "电话", "车牌号", "车型", "业务类型", "进厂时间", "交车时间", "备注"])
        XCTAssertEqual(h.positions[.roNumber], 0)
        XCTAssertEqual(h.unknownColumns, ["备注"])
        XCTAssertThrowsError(try RepairOrderHeader(["ro_number", "phone"]))
    }

    func testGoodRowValidates() throws {
        let order = try validate(row("RO-1")).get()
        XCTAssertEqual(order.phone, "13800138000")
        XCTAssertEqual(order.amountCents, 58000)
        XCTAssertTrue(order.clubMember)
        XCTAssertEqual(order.visitType, .maintenance)
        XCTAssertEqual(try validate(row("RO-2", type: "保养")).get().visitType, .maintenance)
    }

    func testEveryProblemInARowIsNamed() throws {
        guard case .failure(let p) = try validate(row("RO-1", phone: "13A", type: "wash", opened: "2026-02-30",
                                                       amount: "-5", rework: "maybe"), line: 7) else {
            return XCTFail("row should be refused")
        }
        XCTAssertEqual(Set(p.problems.map(\.column)), ["phone", "visit_type", "opened_at", "amount", "rework"])
        XCTAssertTrue(p.problems.allSatisfy { $0.line == 7 })
    }

    func testDeliveredBeforeOpenedAndEscapeBytesAreRefused() throws {
        guard case .failure(let p) = try validate(row("RO-1", name: "张\u{1B}[2J伟", opened: "2026-11-03", delivered: "2026-11-02")) else {
            return XCTFail("row should be refused")
        }
        XCTAssertEqual(p.problems.map(\.column), ["customer_name", "delivered_at"])
        XCTAssertTrue(p.problems[0].reason.contains("ESC"))
    }

    func importing(_ rows: [[String]], into state: StoreState) throws -> (StoreState, ImportSummary) {
        let orders = try rows.map { try validate($0).get() }
        let ctx = CommandContext(state: state, staff: StaffDirectory(), actor: StaffMember(login: "a", name: "A", role: .admin),
                                 now: CivilTime("2026-11-23 10:00")!)
        let (events, summary) = try ImportRepairOrders(orders: orders).decide(ctx)
        var s = state
        for e in events { e.apply(to: &s) }
        return (s, summary)
    }

    func testImportMatchesByPhoneAndPlateAndIsIdempotent() throws {
        let rows = [row("RO-1"), row("RO-2", phone: "13800138000", plate: "粤B D3456", type: "delivery"),
                    row("RO-3", name: "李娜", phone: "13912345678", plate: "粤B·88K21", type: "repair")]
        let (state, summary) = try importing(rows, into: StoreState())
        XCTAssertEqual(summary.customersAdded, 2)
        XCTAssertEqual(summary.vehiclesAdded, 3)
        XCTAssertEqual(summary.visitsAdded, 3)
        let zhang = try XCTUnwrap(state.findCustomer("138-0013-8000"))
        XCTAssertEqual(state.vehicles(of: zhang.id).count, 2)
        XCTAssertEqual(state.findCustomer("粤b88k21")?.name, "李娜")
        XCTAssertEqual(state.findCustomer(zhang.id)?.name, "张伟")

        let (again, second) = try importing(rows, into: state)
        XCTAssertEqual(second, ImportSummary())
        XCTAssertEqual(again.visits.count, 3)

        let (_, changed) = try importing([row("RO-1", amount: "600")], into: state)
        XCTAssertEqual(changed.visitsUpdated, 1)
        XCTAssertEqual(changed.visitsAdded + changed.customersAdded + changed.vehiclesAdded, 0)
    }

    static let zhangWithTwoPhones = Customer(id: "C000001", name: "张伟", phones: ["13800138000", "13800138001"],
                                            classes: [.retained])

    func stored(_ customers: [Customer]) -> StoreState {
        var state = StoreState()
        for c in customers { CustomerSaved(c).apply(to: &state) }
        return state
    }

    func testAStoredCustomerReachedByItsSecondPhoneIsTheVersionThisImportChanged() throws {
        let state = stored([Self.zhangWithTwoPhones])
        let (after, summary) = try importing([row("RO-1", phone: "13800138000"), row("RO-2", phone: "13800138001")], into: state)
        // The first row makes him a club member; the second finds him one already.
        XCTAssertEqual(summary.customersUpdated, 1)
        XCTAssertEqual(summary.customersAdded, 0)
        XCTAssertEqual(after.customers["C000001"]?.clubMember, true)
        XCTAssertEqual(after.visits.map(\.customerID), ["C000001", "C000001"])
    }

    func testACustomerThisImportChangedAnswersToAllOfItsPhones() throws {
        // Saved after him with his second phone, which the state now files under her.
        let li = Customer(id: "C000002", name: "李娜", phones: ["13800138001"], classes: [.retained])
        let state = stored([Self.zhangWithTwoPhones, li])
        XCTAssertEqual(state.customerIDByPhone["13800138001"], "C000002")
        let (after, summary) = try importing([row("RO-1", phone: "13800138000"), row("RO-2", phone: "13800138001")], into: state)
        XCTAssertEqual(summary.customersUpdated, 1)
        XCTAssertEqual(after.visits.map(\.customerID), ["C000001", "C000001"])
        XCTAssertEqual(after.customers["C000002"]?.name, "李娜")
    }

    func testASlotIsFiledOnceAndFoundAfter() {
        var slots: [String: Int] = [:]
        XCTAssertTrue(slots.slot(for: "粤B12345", filingIfAbsent: 0) == (0, true))
        XCTAssertTrue(slots.slot(for: "粤B12345", filingIfAbsent: 1) == (0, false))
        XCTAssertTrue(slots.slot(for: "粤B88K21", filingIfAbsent: 1) == (1, true))
        XCTAssertEqual(slots, ["粤B12345": 0, "粤B88K21": 1])
    }

    func testOrderKeysNumberPlatesAsTheyFirstAppearAndLinkRepeatedOrderNumbers() throws {
        let orders = try [row("RO-1"), row("RO-2", plate: "粤b 88k21"), row("RO-1", plate: "粤B·12345"),
                          row("RO-3", plate: "粤B·88K21"), row("RO-1")].map { try validate($0).get() }
        let keys = OrderKeys(orders)
        XCTAssertEqual(keys.plateKeys, ["粤B12345", "粤B88K21", "粤B12345", "粤B88K21", "粤B12345"])
        XCTAssertEqual(keys.plateSlots, [0, 1, 0, 1, 0])
        XCTAssertEqual(keys.earlierWithSameRO, [-1, -1, 0, -1, 2])
    }

    func testEventsRoundTripThroughFields() throws {
        let c = Customer(id: "C000001", name: "María García", phones: ["34612345678"], address: "Madrid, \"centro\"",
                         classes: [.retained, .lostSale], clubMember: true, birthday: CivilDate("1980-05-01"),
                         doNotCall: "asked not to be called", wrongPhones: ["111"])
        let decoded = try CustomerSaved(fields: ArrayFieldReader(CustomerSaved(c).fields))
        XCTAssertEqual(decoded.customer, c)
        let v = try validate(row("RO-9", next: "2027-05-02")).get()
        let visit = Visit(roNumber: v.roNumber, customerID: "C000001", plateKey: "粤B12345", type: v.visitType,
                          openedAt: v.openedAt, deliveredAt: v.deliveredAt, mileage: 15230, items: "更换机油, 机滤",
                          amountCents: v.amountCents, nextServiceDate: v.nextServiceDate, rework: true)
        XCTAssertEqual(try VisitSaved(fields: ArrayFieldReader(VisitSaved(visit).fields)).visit, visit)
    }
}
