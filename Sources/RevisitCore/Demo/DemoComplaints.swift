/// Complaints for about one customer in five: received a few days after a visit, opened by a
/// rep in the customer's own words, then worked by their owner through every status (contact,
/// waiting for parts, resolution, the recall, a reopen when the customer is not satisfied) as
/// far as the time up to the demo's last day allows. Old complaints are closed; recent ones
/// are open, in progress, waiting or resolved, and a few of them stall.
extension DemoHistory {
    static let reps = ["li.na", "zhao.min", "kim.sy"]
    static let advisors = ["wang.fang", "liu.yang", "chen.jing"]

    /// Opened in the order they were received, so complaint ids follow time. A third come from
    /// a follow-up call that found a problem, opened minutes after it and linked to it.
    public mutating func addComplaints(share: Double = 0.2) {
        var planned: [(received: CivilTime, visit: Visit, callID: String?, worked: Bool)] = []
        for customerID in state.customerIDs where random.chance(share) {
            let visits = state.visits(of: customerID)
            guard !visits.isEmpty else { continue }
            let problemCall = state.calls.calls(of: customerID).first { CallCounting.isProblem($0) && $0.visitRO != nil }
            if let call = problemCall, random.chance(0.33),
               let index = call.visitRO.flatMap({ state.visitIndex(ofRO: $0) }) {
                planned.append((call.callAt.adding(minutes: random.int(3 ... 40)), state.visits[index], call.id, true))
                continue
            }
            let visit = visits[random.int(0 ... visits.count - 1)]
            let received = later(visit.deliveredAt, days: 1 ... 10)
            if isPast(received) { planned.append((received, visit, nil, true)) }
        }
        planned += lastAfternoonsComplaints()
        planned.sort { ($0.received, $0.visit.roNumber) < ($1.received, $1.visit.roNumber) }
        for (received, visit, callID, worked) in planned where isPast(received) {
            guard let customer = state.customers[visit.customerID] else { continue }
            let id = open(for: customer, about: visit, from: callID, at: received)
            if worked { work(on: id, from: received) }
        }
    }

    /// Two complaints received late on the demo's last afternoon, nobody has called back yet:
    /// the complaint queue opens on new work as well as work under way.
    mutating func lastAfternoonsComplaints() -> [(received: CivilTime, visit: Visit, callID: String?, worked: Bool)] {
        let customers = state.customerIDs.filter { state.visitIndexesByCustomer[$0] != nil }
        guard !customers.isEmpty else { return [] }
        return (0 ..< 2).compactMap { _ in
            let visits = state.visits(of: random.pick(customers))
            let received = CivilTime(date: today.adding(days: -1), hour: 16, minute: random.int(0 ... 59))
            return visits.first.map { ($0.deliveredAt < received ? received : $0.deliveredAt.adding(minutes: 30), $0, nil, false) }
        }
    }

    mutating func open(for customer: Customer, about visit: Visit, from callID: String?, at received: CivilTime) -> String? {
        let language = DemoVocabulary.language(of: customer.name)
        let category = random.pick(ComplaintCategory.allCases)
        let crisis: ComplaintCrisis = random.chance(0.02) ? random.pick(ComplaintCrisis.allCases.filter(\.isCrisis)) : .none
        let assigned = random.chance(0.7)
        var command = OpenComplaint(
            customer: customer.id, plate: visit.plateKey, callID: callID,
            channel: callID == nil ? random.pick(ComplaintChannel.allCases.filter { $0 != .followUpCall }) : .followUpCall,
            words: random.pick(DemoVocabulary.complaintWords[language] ?? []), category: category, crisis: crisis,
            responsible: assigned ? random.pick(Self.advisors) : "",
            deadline: assigned ? received.date.adding(days: random.int(2 ... 10)) : nil,
            note: random.chance(0.3) ? random.pick(DemoVocabulary.complaintNotes) : "")
        if callID == nil, category == .other, random.chance(0.5) { command.channel = .walkIn }
        let caller = callID.flatMap { state.calls.call(id: $0)?.caller }
        return run(command, as: caller ?? random.pick(Self.reps), at: received)
    }

    /// The complaint's life after opening, each step only if its time has come. A few recent
    /// ones stall on the way (never contacted, stuck waiting for parts, no recall made).
    mutating func work(on id: String?, from received: CivilTime) {
        guard let id, let owner = state.complaints[id]?.owner, !stalls(0.05, at: received) else { return }
        var at = received.adding(minutes: random.chance(0.9) ? random.int(5 ... 55) : random.int(61 ... 600))
        guard step(id, ComplaintUpdate(status: .inProgress, contacted: true), as: owner, at: at) else { return }
        if random.chance(0.25) {
            at = later(at, days: 1 ... 3)
            guard step(id, ComplaintUpdate(status: .waiting), as: owner, at: at, note: "等配件到货"),
                  !stalls(0.15, at: at) else { return }
            at = later(at, days: 2 ... 14)
            guard step(id, ComplaintUpdate(status: .inProgress), as: owner, at: at) else { return }
        }
        for round in 0 ..< 3 {
            guard !stalls(0.03, at: at) else { return }
            at = later(at, days: random.chance(0.7) ? 0 ... 1 : 2 ... 8)
            let resolution = random.pick(DemoVocabulary.resolutions)
            guard step(id, ComplaintUpdate(status: .resolved, resolution: resolution), as: owner, at: at),
                  !stalls(0.04, at: at) else { return }
            at = later(at, days: 2 ... 7)
            let satisfied = round == 2 || random.chance(0.85)
            let recall = UpdateComplaint.recall(id, satisfied: satisfied,
                                                summary: satisfied ? random.pick(DemoVocabulary.improvements) : "",
                                                note: satisfied ? "" : "客户仍不满意, 重新处理")
            guard isPast(at), run(recall, as: owner, at: at) != nil, !satisfied else { return }
        }
    }

    /// Whether work on a complaint stops at `time`, never to go on. Only in the demo's last
    /// weeks: a supervisor chases anything left longer, so a desk's stalled complaints are
    /// recent ones, and the complaint queue and the reps' recalls open on this month's work.
    mutating func stalls(_ chance: Double, at time: CivilTime) -> Bool {
        time.date >= today.adding(days: -Self.stallingDays) && random.chance(chance)
    }

    static let stallingDays = 45

    /// One update by `login` at `at`, if that moment is before the demo's last day.
    mutating func step(_ id: String, _ update: ComplaintUpdate, as login: String, at: CivilTime, note: String = "") -> Bool {
        isPast(at) && run(UpdateComplaint(id: id, update: update, note: note), as: login, at: at) != nil
    }
}
