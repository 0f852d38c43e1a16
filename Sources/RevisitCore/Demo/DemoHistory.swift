/// Two years of desk work played against the demo's state: each step is the command the app
/// itself runs, decided at its own simulated time by the staff member who would do it, so
/// every event the demo writes is one the rules allow. Steps that a rule refuses are skipped.
public struct DemoHistory {
    public private(set) var state: StoreState
    /// The events made and not yet handed to `writer`.
    public private(set) var events: [any DomainEvent] = []
    public let staff: StaffDirectory
    /// Takes the events every `batch` of them, so a large history never sits in memory whole.
    public var writer: (([any DomainEvent]) throws -> Void)?
    public var batch = 100_000
    private var writeError: (any Error)?
    let today: CivilDate
    var random: SeededRandom

    public init(state: StoreState, staff: StaffDirectory, seed: UInt64, today: CivilDate) {
        self.state = state
        self.staff = staff
        self.today = today
        random = SeededRandom(seed: seed ^ 0x5EED_0F_DE5C)
    }

    /// Decides `command` as `login` at `now` and applies what it yields; nil if refused.
    @discardableResult
    mutating func run<C: Command>(_ command: C, as login: String, at now: CivilTime) -> C.Outcome? {
        guard let actor = staff[login] else { return nil }
        let decided: (events: [any DomainEvent], outcome: C.Outcome)
        do {
            decided = try command.decide(CommandContext(state: state, staff: staff, actor: actor, now: now))
        } catch {
            return nil
        }
        for event in decided.events { event.apply(to: &state) }
        events += decided.events
        if events.count >= batch { write() }
        return decided.outcome
    }

    /// Brings the repair orders in, as `revisit import` does.
    public mutating func importOrders(_ orders: [RepairOrder], as login: String, at now: CivilTime) -> ImportSummary? {
        run(ImportRepairOrders(orders: orders), as: login, at: now)
    }

    /// Hands the last events to `writer`; throws what any write threw.
    public mutating func finish() throws {
        write()
        if let writeError { throw writeError }
    }

    private mutating func write() {
        guard let writer, writeError == nil, !events.isEmpty else { return }
        do { try writer(events) } catch { writeError = error }
        events.removeAll(keepingCapacity: true)
    }

    /// A time during office hours `days` after `time` (a weekend day moves to Monday).
    mutating func later(_ time: CivilTime, days: ClosedRange<Int>) -> CivilTime {
        var day = time.date.adding(days: random.int(days))
        if day.weekday > 5 { day = day.adding(days: 8 - day.weekday) }
        let at = CivilTime(date: day, hour: random.int(9 ... 17), minute: random.int(0 ... 59))
        return max(at, time.adding(minutes: random.int(5 ... 90)))
    }

    /// Whether `time` has already happened on the demo's last day (the history stops there).
    func isPast(_ time: CivilTime) -> Bool { time.date < today }
}
