/// The call desk's two years: every task the queue's rules make (satisfaction and new-car
/// calls after visits, second follow-ups after reached satisfaction calls, maintenance
/// reminders, win-back calls) is worked by a rep through `LogCall`, in time order, in the
/// calling windows: retries after no answer or busy, callbacks at the agreed time, ratings
/// and the customer's words when reached. Some tasks are never worked and expire, and the
/// last morning's calls are left to do, so the queue has work on the demo's day.
extension DemoHistory {
    enum DeskWork {
        case attempt(taskID: String, kind: TaskKind, customerID: String, failed: Int)
        /// A vehicle's next service comes near: is its maintenance reminder on the list?
        case maintenance(plateKey: String, serviceDate: CivilDate)
        /// A customer's last paying visit turns lost: is there a win-back call to make?
        case winBack(customerID: String, visit: Int)
    }

    public mutating func addCalls(config: ShopConfig, workedShare: Double = 0.9) {
        let end = CivilTime(date: today, hour: 9)
        let schedule = CallingSchedule(config.callingWindows)
        var agenda = DemoAgenda<DeskWork>()
        var seen = Set<String>()
        // Visits come onto the agenda as time reaches them, which keeps the agenda small.
        let byDelivery = state.visits.indices.filter { state.visits.deliveredAt($0) < end }
            .sorted { state.visits.deliveredAt($0) < state.visits.deliveredAt($1) }
        var nextVisit = byDelivery.startIndex
        while true {
            let horizon = min(agenda.nextTime ?? end, end)
            while nextVisit < byDelivery.endIndex, state.visits.deliveredAt(byDelivery[nextVisit]) <= horizon {
                visitDelivered(byDelivery[nextVisit], config, schedule, &agenda)
                nextVisit += 1
            }
            guard let (time, work) = agenda.next(), time < end else { break }
            // Made where it is used: a query alive while a call is logged would have the call
            // ledger copied whole on every call.
            var query: TaskQuery { TaskQuery(state: state, config: config, asOf: time) }
            switch work {
            case .maintenance(let plate, let date):
                let id = "\(TaskKind.maintenance.idPrefix):\(plate):\(TaskIDText.date(date))"
                guard seen.insert(id).inserted, let task = CallQueue.task(id: id, query), task.status.isOpen else { continue }
                agenda.add(.attempt(taskID: id, kind: .maintenance, customerID: task.customerID, failed: 0),
                           at: deskTime(from: max(time, task.dueAt), schedule, days: 0 ... 6))
            case .winBack(let customerID, let visit):
                guard state.calls.timeline.lastPayingVisit(of: customerID, by: time, state) == visit else { continue }
                let id = "\(TaskKind.winBack.idPrefix):\(customerID):\(TaskIDText.date(time.date))"
                guard let task = CallQueue.task(id: id, query), task.status.isOpen else { continue }
                agenda.add(.attempt(taskID: id, kind: .winBack, customerID: customerID, failed: 0),
                           at: deskTime(from: time, schedule, days: 0 ... 10))
            case .attempt(let taskID, let kind, let customerID, let failed):
                if failed == 0, !random.chance(workedShare), mayBeLeft(kind, at: time) { continue }
                let language = DemoVocabulary.language(of: state.customers[customerID]?.name ?? "")
                guard let call = call(taskID, kind, language, at: time, failed: failed, config, schedule) else { continue }
                followUp(call, failed: failed, config, schedule, &agenda)
            }
        }
    }

    /// Whether a task may be left unworked: one that expires, whenever (the reports count it
    /// missed); a win-back call, which never expires, only in the demo's last weeks, as a desk
    /// gets to them in the end and the queue would otherwise open on months-old ones.
    func mayBeLeft(_ kind: TaskKind, at time: CivilTime) -> Bool {
        kind != .winBack || time.date >= today.adding(days: -Self.stallingDays)
    }

    /// What a delivered visit puts on the agenda: its satisfaction or new-car call, a look at
    /// the vehicle's next maintenance reminder, and at a win-back call should this be the
    /// customer's last paying visit for a year.
    mutating func visitDelivered(_ index: Int, _ config: ShopConfig, _ schedule: CallingSchedule,
                                 _ agenda: inout DemoAgenda<DeskWork>) {
        let visit = state.visits[index]
        let rules = config.rules
        let kind: TaskKind = visit.type == .delivery ? .newCar : .satisfaction
        let query = TaskQuery(state: state, config: config, asOf: visit.deliveredAt)
        if let task = CallQueue.task(id: "\(kind.idPrefix):\(visit.roNumber)", query) {
            agenda.add(.attempt(taskID: task.id, kind: kind, customerID: task.customerID, failed: 0),
                       at: deskTime(from: task.firstDueAt, schedule))
        }
        let timeline = state.calls.timeline
        if let slot = timeline.slot(ofPlate: visit.plateKey),
           let anchor = timeline.anchor(ofSlot: slot, at: visit.deliveredAt, state.visits) {
            let date = anchor.serviceDate(rules)
            agenda.add(.maintenance(plateKey: visit.plateKey, serviceDate: date),
                       at: schedule.firstCall(on: date.adding(days: -rules.maintenanceLeadDays)))
        }
        if visit.type.isPaying {
            let crossing = CivilTime(date: visit.deliveredAt.date.adding(months: rules.winBackMonths),
                                     minute: visit.deliveredAt.minuteOfDay)
            agenda.add(.winBack(customerID: visit.customerID, visit: index), at: schedule.nextCallingTime(atOrAfter: crossing))
        }
    }

    /// One call on the task by a rep; nil when the rules refuse it (the task closed or expired).
    mutating func call(_ taskID: String, _ kind: TaskKind, _ language: DemoVocabulary.Language, at time: CivilTime,
                       failed: Int, _ config: ShopConfig, _ schedule: CallingSchedule) -> Call? {
        var command = LogCall(taskID: taskID, outcome: outcome(afterFailures: failed), config: config)
        if command.outcome == .reached { describe(&command, kind, language, at: time, config) }
        if command.outcome == .callback {
            command.callbackAt = deskTime(from: time.adding(days: 1), schedule, days: 0 ... 2)
        }
        if command.outcome == .refused, random.chance(0.1) { command.doNotCall = "客户要求不再来电" }
        return run(command, as: random.pick(Self.reps), at: time)
    }

    /// What a call leads to: a retry, the callback, the second follow-up.
    mutating func followUp(_ call: Call, failed: Int, _ config: ShopConfig, _ schedule: CallingSchedule,
                           _ agenda: inout DemoAgenda<DeskWork>) {
        let again = DeskWork.attempt(taskID: call.taskID, kind: call.taskKind, customerID: call.customerID, failed: failed + 1)
        if call.taskKind == .winBack { lookAgainForWinBack(after: call, config, schedule, &agenda) }
        switch call.outcome {
        case .noAnswer, .busy:
            // The queue's count of attempts decides, not this one: an agreed callback is not a failed attempt.
            guard CallQueue.task(id: call.taskID, TaskQuery(state: state, config: config, asOf: call.callAt))?.status.isOpen == true else { return }
            agenda.add(again, at: deskTime(from: call.callAt.adding(minutes: config.rules.retryMinutes), schedule, days: 0 ... 1))
        case .callback:
            if let at = call.callbackAt { agenda.add(again, at: at) }
        case .reached where call.taskKind == .satisfaction:
            let query = TaskQuery(state: state, config: config, asOf: call.callAt.adding(days: 400))
            if let next = CallQueue.task(id: "\(TaskKind.secondFollowup.idPrefix):\(call.id)", query) {
                agenda.add(.attempt(taskID: next.id, kind: next.kind, customerID: next.customerID, failed: 0),
                           at: deskTime(from: next.firstDueAt, schedule))
            }
        default:
            break
        }
    }

    /// Once a win-back task ends, the customer gets another after the quiet days if still not
    /// back: the desk looks then, so lost customers are called again, not left on the queue.
    mutating func lookAgainForWinBack(after call: Call, _ config: ShopConfig, _ schedule: CallingSchedule,
                                      _ agenda: inout DemoAgenda<DeskWork>) {
        let query = TaskQuery(state: state, config: config, asOf: call.callAt)
        guard let task = CallQueue.task(id: call.taskID, query), !task.status.isOpen, let ended = task.endedAt,
              let visit = state.calls.timeline.lastPayingVisit(of: call.customerID, by: call.callAt, state) else { return }
        let next = schedule.nextCallingTime(atOrAfter: ended.adding(days: config.rules.winBackQuietDays))
        agenda.add(.winBack(customerID: call.customerID, visit: visit), at: next)
    }

    /// Most calls reach the customer; later attempts less often. Per thousand calls.
    mutating func outcome(afterFailures failed: Int) -> CallOutcome {
        let perMille: [(CallOutcome, Int)] = failed == 0
            ? [(.reached, 640), (.noAnswer, 220), (.busy, 60), (.callback, 45), (.refused, 30), (.wrongNumber, 5)]
            : [(.reached, 520), (.noAnswer, 320), (.busy, 80), (.callback, 45), (.refused, 30), (.wrongNumber, 5)]
        var r = random.int(1 ... 1000)
        for (outcome, share) in perMille {
            r -= share
            if r <= 0 { return outcome }
        }
        return .reached
    }

    /// Reached: ratings and words on satisfaction calls, a rating on the others, what the
    /// customer said about their next service or why they stopped coming.
    mutating func describe(_ command: inout LogCall, _ kind: TaskKind, _ language: DemoVocabulary.Language,
                           at time: CivilTime, _ config: ShopConfig) {
        switch kind {
        case .satisfaction:
            for question in config.survey { command.ratings[question.id] = rating() }
            command.overall = rating()
            command.problem = command.ratings.values.contains { $0 <= 2 } && random.chance(0.5)
        case .maintenance:
            if random.chance(0.5) { command.mentionedServiceDate = time.date.adding(days: random.int(1 ... 20)) }
            if random.chance(0.3) { command.mentionedMileage = random.int(5 ... 150) * 1000 }
        case .winBack:
            command.cause = random.pick(WinBackCause.allCases)
        default:
            command.overall = rating()
        }
        let unhappy = command.ratings.values.contains { $0 <= 2 } || (command.overall ?? 5) <= 2
        if unhappy || random.chance(0.5) {
            command.words = random.pick((unhappy ? DemoVocabulary.callComplaints : DemoVocabulary.callWords)[language] ?? [])
        }
    }

    /// Mostly fives and fours, now and then a two or a one.
    mutating func rating() -> Int {
        let r = random.int(1 ... 100)
        return r <= 60 ? 5 : r <= 85 ? 4 : r <= 93 ? 3 : r <= 97 ? 2 : 1
    }

    /// A time in a calling window a day or a few after `time` (never before it), on a working day.
    mutating func deskTime(from time: CivilTime, _ schedule: CallingSchedule, days: ClosedRange<Int>? = nil) -> CivilTime {
        let offset = days.map { random.int($0) } ?? (random.chance(0.7) ? 0 : random.chance(0.7) ? 1 : random.int(2 ... 5))
        var day = time.date.adding(days: offset)
        if day.weekday == 7 { day = day.adding(days: 1) }
        let window = random.pick(schedule.windows)
        let at = CivilTime(date: day, minute: random.int(window.start ... window.end - 1))
        return at > time ? at : schedule.nextCallingTime(atOrAfter: time.adding(minutes: random.int(1 ... 30)))
    }
}
