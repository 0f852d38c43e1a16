@testable import RevisitCore

/// Hand-built stores for the report tests: customers, visits, calls and complaints at fixed
/// times. Every event goes through its journal fields and back, as the store does it.
struct ReportFixture {
    var state = StoreState()
    var config = ShopConfig()
    let staff = StaffDirectory([
        StaffMember(login: "li.na", name: "李娜", role: .rep, department: "customer-service"),
        StaffMember(login: "wang.wu", name: "王五", role: .rep, department: "customer-service"),
        StaffMember(login: "zhao.lei", name: "赵磊", role: .advisor, department: "workshop"),
        StaffMember(login: "chen.jing", name: "陈静", role: .supervisor, department: "customer-service"),
    ])
    private var roCounter = 0
    private var callCounter = 0

    mutating func apply(_ events: [any DomainEvent]) {
        for e in events {
            let decoded = try! EventRegistry.decode(type: type(of: e).type, fields: ArrayFieldReader(e.fields))
            decoded.apply(to: &state)
        }
    }

    mutating func customer(_ id: String, name: String? = nil) {
        guard state.customers[id] == nil else { return }
        let digits = String(id.filter(\.isNumber).suffix(4))
        apply([CustomerSaved(Customer(id: id, name: name ?? "客户\(id)", phones: ["1380013" + String(repeating: "0", count: 4 - digits.count) + digits]))])
    }

    @discardableResult
    mutating func visit(_ customerID: String, _ type: VisitType, delivered: String, rework: Bool = false, ro: String? = nil) -> String {
        roCounter += 1
        let ro = ro ?? "RO-\(roCounter)"
        let at = CivilTime(delivered.count == 10 ? delivered + " 16:00" : delivered)!
        apply([VisitSaved(Visit(roNumber: ro, customerID: customerID, plateKey: "P\(customerID)", type: type,
                                openedAt: at.adding(days: -1), deliveredAt: at, rework: rework))])
        return ro
    }

    /// Logs a call as made at `at` (entered at `entered`, by default the same minute).
    @discardableResult
    mutating func call(_ customerID: String, _ kind: TaskKind = .satisfaction, at: String, by caller: String = "li.na",
                       _ outcome: CallOutcome = .reached, overall: Int? = nil, ratings: [String: Int] = [:],
                       problem: Bool = false, words: String = "", cause: WinBackCause? = nil, entered: String? = nil,
                       task: String? = nil) -> String {
        customer(customerID)
        callCounter += 1
        let id = CallID.make(callCounter)
        apply([CallLogged(Call(id: id, caller: caller, customerID: customerID, taskID: task ?? "\(kind.idPrefix):T\(callCounter)",
                               taskKind: kind, phone: state.customers[customerID]!.primaryPhone, callAt: CivilTime(at)!,
                               enteredAt: CivilTime(entered ?? at)!, outcome: outcome, ratings: Ratings(ratings), overall: overall,
                               words: words, problem: problem, winBackCause: cause))])
        return id
    }

    /// Runs a command as `login` at `at` and applies its events.
    @discardableResult
    mutating func run<C: Command>(_ command: C, as login: String = "li.na", at: String) throws -> C.Outcome {
        let (events, outcome) = try command.decide(CommandContext(state: state, staff: staff, actor: staff[login]!, now: CivilTime(at)!))
        apply(events)
        return outcome
    }

    func report(_ kind: ReportPeriod.Kind, _ text: String, asOf: String) -> Report {
        ReportBuilder.build(ReportPeriod(kind, parsing: text)!,
                            ReportInput(state: state, config: config, staff: staff, asOf: CivilTime(asOf)!))
    }
}
