/// What a rule sees: the state, the settings, the moment, and optionally one customer.
public struct TaskQuery: Sendable {
    public var state: StoreState
    public var config: ShopConfig
    public var asOf: CivilTime
    /// When set, only this customer's tasks are wanted (the customer card).
    public var customerID: String?
    public let schedule: CallingSchedule

    public init(state: StoreState, config: ShopConfig, asOf: CivilTime, customerID: String? = nil) {
        self.state = state; self.config = config; self.asOf = asOf; self.customerID = customerID
        schedule = CallingSchedule(config.callingWindows)
    }

    public var rules: RuleSpans { config.rules }

    /// The same question at another moment (a call's time, a report period's end).
    public func at(_ time: CivilTime) -> TaskQuery {
        var q = self
        q.asOf = time
        return q
    }

    func wants(_ customerID: String) -> Bool { self.customerID == nil || self.customerID == customerID }
}

/// One rule that puts calls on the list. The queue is the union of every source in
/// `TaskSources.all`; a new kind of task is one new source and one line there.
public protocol TaskSource: Sendable {
    var kind: TaskKind { get }
    /// The source's open tasks at `query.asOf` whose first due time has come, with their calls,
    /// claims and clocks applied (see `CallTask.settled`). Due or not yet due again (a callback).
    func openTasks(_ query: TaskQuery) -> [CallTask]
    /// The task with this id as it stands at `query.asOf`, in any status; nil when the
    /// rules do not make it at that moment.
    func task(id: String, _ query: TaskQuery) -> CallTask?
    /// Events a call logged on one of this source's tasks brings along (a complaint recall
    /// closes or reopens its complaint). Runs inside `LogCall.decide` on the state before
    /// the call, so the call and its consequences are saved together or not at all.
    func eventsAfter(_ call: Call, on task: CallTask, _ context: CommandContext) throws(CommandError) -> [any DomainEvent]
}

extension TaskSource {
    public func eventsAfter(_ call: Call, on task: CallTask, _ context: CommandContext) throws(CommandError) -> [any DomainEvent] { [] }
}

public enum TaskSources {
    public static let all: [any TaskSource] = [
        VisitFollowUpSource.satisfaction,
        SecondFollowUpSource(),
        VisitFollowUpSource.newCar,
        MaintenanceSource(),
        WinBackSource(),
        ComplaintRecallSource(),
    ]

    public static func source(for kind: TaskKind) -> (any TaskSource)? { all.first { $0.kind == kind } }
}
