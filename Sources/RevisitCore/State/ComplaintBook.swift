/// Complaints by id and by customer, and the views the screens and reports need, each a
/// pure function of the moment asked about. A book read from a state image keeps the image's
/// complaints encoded (see `ImageComplaints`) and only those opened or changed since decoded.
public struct ComplaintBook: Sendable {
    /// The complaints of the state image this book was read from, as it held them.
    private var image: ImageComplaints?
    /// Complaints opened or changed since (every one, for a book built from the journal).
    private var saved: [String: Complaint] = [:]
    /// Ids in the order the complaints were opened.
    public private(set) var ids: [String] = []
    public private(set) var idsByCustomer: [String: [String]] = [:]
    /// The highest complaint number handed out, so new ids never repeat.
    public private(set) var lastNumber = 0
    /// Complaints resolved now (after every recorded change): the recalls to make.
    public private(set) var resolvedIDs: Set<String> = []
    /// The time of the latest change recorded on any complaint.
    public private(set) var latestChange: CivilTime?

    public init() {}

    public subscript(id: String) -> Complaint? { saved[id] ?? image?[id] }

    public var count: Int { ids.count }

    /// Every complaint, in the order they were opened.
    public var all: [Complaint] {
        guard let image else { return ids.compactMap { saved[$0] } }
        let decoded = image.all
        return ids.compactMap { saved[$0] ?? decoded[$0] }
    }

    /// Every complaint by id.
    public var byID: [String: Complaint] { Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) }) }

    /// The id the next opened complaint gets: `P000001`, `P000002`, ...
    public var nextID: String { ComplaintID.make(lastNumber + 1) }

    /// A customer's complaints, oldest first.
    public func complaints(of customerID: String) -> [Complaint] {
        (idsByCustomer[customerID] ?? []).compactMap { self[$0] }
    }

    /// Finds a complaint by its id, also written in lower case or without leading zeros (`p3`).
    public func find(_ key: String) -> Complaint? {
        let k = key.trimmed.uppercased()
        if let c = self[k] { return c }
        guard k.hasPrefix("P"), let n = Int(k.dropFirst()) else { return nil }
        return self[ComplaintID.make(n)]
    }

    // MARK: changes (events only)

    mutating func open(_ complaint: Complaint) {
        if self[complaint.id] == nil { file(complaint.id, of: complaint.customerID) }
        saved[complaint.id] = complaint
        noteChange(complaint)
    }

    private mutating func file(_ id: String, of customerID: String) {
        ids.append(id)
        idsByCustomer[customerID, default: []].append(id)
        if let n = ComplaintID.number(id) { lastNumber = max(lastNumber, n) }
    }

    /// A complaint as a state image holds it, after all its changes. The latest change is the
    /// latest of its history, as if each entry had been recorded in turn.
    mutating func restore(_ complaint: Complaint) {
        open(complaint)
        if let latest = ComplaintFacts(complaint).latestChange { latestChange = max(latestChange ?? latest, latest) }
    }

    /// What a state image keeps beside a complaint it holds encoded: filed as `restore` would.
    mutating func restore(_ facts: ComplaintFacts) {
        file(facts.id, of: facts.customerID)
        if facts.isResolved { resolvedIDs.insert(facts.id) }
        if let latest = facts.latestChange { latestChange = max(latestChange ?? latest, latest) }
    }

    /// The complaints of a state image, once their facts are read: every one listed must be there.
    mutating func restoreRecords(_ records: ImageRecords<Complaint>) throws(ImageError) {
        guard records.count == ids.count, Set(ids).count == ids.count, ids.allSatisfy(records.holds) else {
            throw .damaged("the complaints held are not the \(ids.count) listed")
        }
        image = records.count > 0 ? ImageComplaints(records) : nil
    }

    /// Room for a state image's complaints, so reading them does not rehash the tables as they grow.
    mutating func reserveCapacity(_ n: Int) {
        ids.reserveCapacity(ids.count + n)
        idsByCustomer.reserveCapacity(idsByCustomer.count + n)
    }

    mutating func update(_ id: String, _ change: (inout Complaint) -> Void) {
        guard var c = self[id] else { return }
        saved[id] = nil // keep the value uniquely referenced while it changes
        change(&c)
        saved[id] = c
        noteChange(c)
    }

    private mutating func noteChange(_ c: Complaint) {
        if c.status == .resolved { resolvedIDs.insert(c.id) } else { resolvedIDs.remove(c.id) }
        latestChange = max(latestChange ?? c.lastChangedAt, c.lastChangedAt)
    }
}

/// The complaint views at a moment. They live on the whole state because a first contact
/// may be a call, which the call ledger holds.
extension StoreState {
    /// The complaint as it stood at `asOf`, with its first contact and its flags then.
    public func complaintStanding(_ complaint: Complaint, asOf: CivilTime, clocks: ComplaintClocks) -> ComplaintStanding? {
        clocks.standing(of: complaint, asOf: asOf, firstCall: firstReachingCall(after: complaint, asOf: asOf))
    }

    /// Every complaint received by `asOf`, as it stood then, with its flags; in opening order.
    public func complaintStandings(asOf: CivilTime, clocks: ComplaintClocks) -> [ComplaintStanding] {
        complaints.all.compactMap { complaintStanding($0, asOf: asOf, clocks: clocks) }
    }

    /// The supervisor's queue: every complaint not closed at `asOf`, crisis first, then
    /// escalated, then overdue, then first-contact breaches, then by deadline (none last),
    /// then by time received.
    public func complaintQueue(asOf: CivilTime, clocks: ComplaintClocks) -> [ComplaintStanding] {
        liveComplaintStandings(asOf: asOf, clocks: clocks).sorted(by: ComplaintStanding.queueOrder)
    }

    /// How many live complaints carry each flag at `asOf`.
    public func complaintCounts(asOf: CivilTime, clocks: ComplaintClocks) -> ComplaintCounts {
        ComplaintCounts(liveComplaintStandings(asOf: asOf, clocks: clocks))
    }

    /// The complaints not closed at `asOf`; the clocks run only for these (most are closed).
    func liveComplaintStandings(asOf: CivilTime, clocks: ComplaintClocks) -> [ComplaintStanding] {
        complaints.all.compactMap { liveComplaintStanding($0, asOf: asOf, clocks: clocks) }
    }

    /// The complaint as it stood at `asOf` if it was not closed then: its line in `complaintQueue`.
    public func liveComplaintStanding(_ id: String, asOf: CivilTime, clocks: ComplaintClocks) -> ComplaintStanding? {
        complaints[id].flatMap { liveComplaintStanding($0, asOf: asOf, clocks: clocks) }
    }

    private func liveComplaintStanding(_ complaint: Complaint, asOf: CivilTime, clocks: ComplaintClocks) -> ComplaintStanding? {
        // a snapshot's own `asOf` is free, so the standing does not replay it again
        guard let then = complaint.asOf(asOf), then.status.isLive else { return nil }
        return complaintStanding(then, asOf: asOf, clocks: clocks)
    }

    /// The first call by `asOf` that reached the complaint's customer at or after receipt,
    /// other than the call the complaint came from.
    func firstReachingCall(after c: Complaint, asOf: CivilTime) -> CivilTime? {
        // newest first: the last match is the earliest
        calls.calls(of: c.customerID).last { call in
            call.outcome == .reached && call.callAt >= c.receivedAt && call.callAt <= asOf && call.id != c.callID
        }?.callAt
    }
}

/// A complaint as it stood at a moment, with what the clocks said then.
public struct ComplaintStanding: Hashable, Sendable {
    public var complaint: Complaint
    /// The first contact: a contact note or a call that reached the customer; nil: none yet.
    public var contactedAt: CivilTime?
    public var flags: ComplaintFlags

    public init(complaint: Complaint, contactedAt: CivilTime?, flags: ComplaintFlags) {
        self.complaint = complaint; self.contactedAt = contactedAt; self.flags = flags
    }

    /// The supervisor's queue order (see `ComplaintBook.supervisorQueue`).
    public static func queueOrder(_ a: ComplaintStanding, _ b: ComplaintStanding) -> Bool {
        let ka = a.rankKey, kb = b.rankKey
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        let da = a.complaint.deadline?.days ?? Int.max, db = b.complaint.deadline?.days ?? Int.max
        if da != db { return da < db }
        if a.complaint.receivedAt != b.complaint.receivedAt { return a.complaint.receivedAt < b.complaint.receivedAt }
        return a.complaint.id < b.complaint.id
    }

    /// 0 where a flag is set, so flagged complaints sort first, flag by flag.
    var rankKey: [Int] {
        [flags.crisis, flags.escalated, flags.overdue, flags.firstContactBreached].map { $0 ? 0 : 1 }
    }
}

public struct ComplaintCounts: Hashable, Sendable {
    public var live = 0, crisis = 0, escalated = 0, overdue = 0, firstContactBreached = 0

    public init() {}

    public init(_ standings: [ComplaintStanding]) {
        for s in standings {
            live += 1
            if s.flags.crisis { crisis += 1 }
            if s.flags.escalated { escalated += 1 }
            if s.flags.overdue { overdue += 1 }
            if s.flags.firstContactBreached { firstContactBreached += 1 }
        }
    }
}

public enum ComplaintID {
    public static func make(_ number: Int) -> String { "P" + Digits.pad(number, 6) }

    static func number(_ id: String) -> Int? {
        guard id.hasPrefix("P") else { return nil }
        return Int(id.dropFirst())
    }
}
