import XCTest
@testable import RevisitCore

func at(_ text: String) -> CivilTime {
    guard let t = CivilTime(text) else { fatalError("bad test time \(text)") }
    return t
}

func day(_ text: String) -> CivilDate {
    guard let d = CivilDate(text) else { fatalError("bad test date \(text)") }
    return d
}

/// A small store built event by event, with the queue and commands at fixed moments.
/// Every event is written to fields and decoded again before it is applied, as the store does.
struct QueueWorld {
    var state = StoreState()
    var config = ShopConfig()
    let staff = StaffDirectory([
        StaffMember(login: "li.na", name: "李娜", role: .rep),
        StaffMember(login: "wang.fang", name: "王芳", role: .rep),
    ])

    mutating func apply(_ events: [any DomainEvent]) {
        for e in events {
            let decoded = try! EventRegistry.decode(type: type(of: e).type, fields: ArrayFieldReader(e.fields))
            decoded.apply(to: &state)
        }
    }

    @discardableResult
    mutating func customer(_ number: Int, name: String = "张伟", phone: String? = nil) -> String {
        let id = CustomerID.make(number)
        let c = Customer(id: id, name: name, phones: [phone ?? "1380013\(Digits.pad(number, 4))"])
        apply([CustomerSaved(c)])
        return id
    }

    mutating func visit(_ ro: String, customer: Int = 1, plate: String = "粤B12345", type: VisitType = .repair,
                        delivered: String, next: String? = nil) {
        let owner = CustomerID.make(customer)
        if state.customers[owner] == nil { self.customer(customer) }
        if state.vehicles[Plate.key(plate)] == nil { apply([VehicleSaved(Vehicle(plate: plate, model: "朗逸", ownerID: owner))]) }
        let t = at(delivered)
        apply([VisitSaved(Visit(roNumber: ro, customerID: owner, plateKey: Plate.key(plate), type: type,
                                openedAt: t.adding(minutes: -120), deliveredAt: t,
                                nextServiceDate: next.map(day)))])
    }

    func query(_ time: String, customer: String? = nil) -> TaskQuery {
        TaskQuery(state: state, config: config, asOf: at(time), customerID: customer)
    }

    func queue(_ time: String, _ kinds: Set<TaskKind>? = nil) -> [CallTask] { CallQueue.due(query(time), kinds: kinds) }

    func ids(_ time: String, _ kinds: Set<TaskKind>? = nil) -> [String] { queue(time, kinds).map(\.id) }

    func task(_ id: String, _ time: String) -> CallTask? { CallQueue.task(id: id, query(time)) }

    @discardableResult
    mutating func perform<C: Command>(_ command: C, as login: String = "li.na", now: String) throws(CommandError) -> C.Outcome {
        let context = CommandContext(state: state, staff: staff, actor: staff[login]!, now: at(now))
        let (events, outcome) = try command.decide(context)
        apply(events)
        return outcome
    }

    /// Logs a call with the given outcome; `configure` fills in the rest of the form.
    @discardableResult
    mutating func log(_ taskID: String, _ outcome: CallOutcome, as login: String = "li.na", now: String,
                      callAt: String? = nil, _ configure: (inout LogCall) -> Void = { _ in }) throws(CommandError) -> Call {
        var command = LogCall(taskID: taskID, outcome: outcome, config: config)
        command.callAt = callAt.map(at)
        configure(&command)
        return try perform(command, as: login, now: now)
    }
}

func XCTAssertRefused<T>(_ body: @autoclosure () throws -> T, _ kind: CommandError.Kind, _ message: String,
                         file: StaticString = #filePath, line: UInt = #line) {
    do {
        _ = try body()
        XCTFail("expected refusal: \(message)", file: file, line: line)
    } catch let e as CommandError {
        XCTAssertEqual(e.kind, kind, e.message, file: file, line: line)
        XCTAssertEqual(e.message, message, file: file, line: line)
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
}
