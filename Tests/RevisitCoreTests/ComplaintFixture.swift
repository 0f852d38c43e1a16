import XCTest
@testable import RevisitCore

/// A small shop for complaint tests: two customers, staff in every role, default hours.
/// 2026-11-23 is a Monday; the shop is open Monday to Saturday 08:30-18:00.
struct ComplaintFixture {
    var state = StoreState()
    var config = ShopConfig()
    let staff = StaffDirectory([
        StaffMember(login: "li.na", name: "李娜", role: .rep, department: "customer-service"),
        StaffMember(login: "wang.wu", name: "王五", role: .rep, department: "customer-service"),
        StaffMember(login: "zhao.lei", name: "赵磊", role: .advisor, department: "workshop"),
        StaffMember(login: "chen.jing", name: "陈静", role: .supervisor, department: "customer-service"),
    ])

    init() {
        let events: [any DomainEvent] = [
            CustomerSaved(Customer(id: "C000001", name: "张伟", phones: ["13800138000"])),
            VehicleSaved(Vehicle(plate: "粤B·12345", model: "朗逸", ownerID: "C000001")),
            CustomerSaved(Customer(id: "C000002", name: "María García", phones: ["34612345678"])),
            VehicleSaved(Vehicle(plate: "京A88888", model: "途观", ownerID: "C000002")),
        ]
        for e in events { e.apply(to: &state) }
    }

    var clocks: ComplaintClocks { ComplaintClocks(config.businessHours) }

    static func time(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> CivilTime {
        guard let t = CivilTime(text) else {
            XCTFail("bad time \(text)", file: file, line: line)
            return CivilTime(minutes: 0)
        }
        return t
    }

    func context(_ login: String, _ at: String) -> CommandContext {
        CommandContext(state: state, staff: staff, actor: staff[login]!, now: Self.time(at))
    }

    /// Runs a command as `login` at `at`, applies its events, and returns its outcome.
    @discardableResult
    mutating func run<C: Command>(_ command: C, as login: String, at: String) throws -> C.Outcome {
        let (events, outcome) = try command.decide(context(login, at))
        for e in events { e.apply(to: &state) }
        return outcome
    }

    @discardableResult
    mutating func open(as login: String = "li.na", at: String, customer: String = "C000001",
                       words: String = "车子异响，修了两次还是响", category: ComplaintCategory = .repairQuality,
                       crisis: ComplaintCrisis = .none, responsible: String = "", deadline: String? = nil) throws -> String {
        try run(OpenComplaint(customer: customer, words: words, category: category, crisis: crisis,
                              responsible: responsible, deadline: deadline.flatMap { CivilDate($0) }),
                as: login, at: at)
    }

    @discardableResult
    mutating func update(_ id: String, as login: String, at: String, _ update: ComplaintUpdate,
                         note: String = "") throws -> Complaint {
        try run(UpdateComplaint(id: id, update: update, note: note), as: login, at: at)
    }

    mutating func status(_ id: String, _ s: ComplaintStatus, as login: String = "li.na", at: String, note: String = "") throws {
        try update(id, as: login, at: at, ComplaintUpdate(status: s), note: note)
    }

    /// Moves a complaint through statuses as its owner li.na, each at its time.
    mutating func walk(_ id: String, _ steps: KeyValuePairs<String, ComplaintStatus>) throws {
        for (at, s) in steps { try status(id, s, at: at) }
    }

    func flags(_ id: String, at: String) -> ComplaintFlags {
        let t = Self.time(at)
        guard let c = state.complaints[id] else { return ComplaintFlags() }
        return state.complaintStanding(c, asOf: t, clocks: clocks)?.flags ?? ComplaintFlags()
    }
}

/// The refusal `body` throws; fails the test when it throws none.
func expectRefusal(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> CommandError? {
    do {
        try body()
        XCTFail("expected a refusal", file: file, line: line)
    } catch let e as CommandError {
        return e
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
    return nil
}
