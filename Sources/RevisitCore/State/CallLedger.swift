/// A rep's hold on a task while the call is worked.
public struct Claim: Hashable, Sendable {
    public var login: String
    public var at: CivilTime
    public var until: CivilTime

    public init(login: String, at: CivilTime, until: CivilTime) { self.login = login; self.at = at; self.until = until }

    public func isActive(at time: CivilTime) -> Bool { at <= time && time < until }
}

/// Calls, claims and the visit indexes the queue rules read. Calls change only through
/// `call.logged`, claims through `task.claimed` / `task.released`, the timeline with every
/// saved visit.
public struct CallLedger: Sendable {
    /// Every call in the order it was logged.
    public private(set) var calls = CallList()
    /// By call number (`K000042` -> 42, dense from 1): the call's index, or -1.
    private var indexByNumber: [Int32] = []
    /// Any id that is not a call number (never made here, but a journal may hold one).
    private var indexByOddID: [String: Int] = [:]
    /// The customer's calls in log order and each task's calls in call order, as chains
    /// keyed by `KeyHash` of the ids (see `CallChains`).
    private var byCustomer = CallChains()
    private var byTask = CallChains()
    private var indexesByDay: [Int: [Int32]] = [:]
    /// Reached satisfaction calls by the day they were made: the second follow-up's subjects.
    private var reachedSatisfactionByDay: [Int: [Int]] = [:]
    /// How many calls the day lists read from a state image hold (see `restoreDay`).
    private var callsListedByDay = 0
    /// The latest claim on each task (active or lapsed; see `Claim.isActive`).
    public private(set) var claims: [String: Claim] = [:]
    /// The highest call number handed out, so new ids never repeat.
    public private(set) var lastCallNumber = 0
    public internal(set) var timeline = VisitTimeline()
    /// Customers who may not be called (do-not-call, or every phone marked wrong).
    private var uncallable: Set<String> = []

    public init() {}

    // MARK: changes (from events only)

    /// Records a call. Takes the call as its own (see `StoreState.save`): it is moved into
    /// `calls`, and read from there afterwards.
    mutating func record(_ call: consuming Call) {
        // Ids come from `CallID.make`; one that does not parse is still kept, just not numbered.
        let i = calls.count
        guard file(i, number: CallID.number(call.id), id: call.id) else { return }
        let customerKey = KeyHash.of(call.customerID), taskKey = KeyHash.of(call.taskID)
        if !claims.isEmpty { claims[call.taskID] = nil }
        calls.append(call)
        index(i)
        byCustomer.file(i, key: customerKey, order: Int32(clamping: i)) { $0 < $1 }
        let calls = self.calls
        byTask.file(i, key: taskKey, order: Int32(clamping: calls.callAt(i).minutes)) { Self.precedes($0, $1, in: calls) }
    }

    /// A state image's piece of `records` calls, kept encoded (see `CallList`). Like `record`
    /// for each, but not filed in the chains or by day, which the image holds ready
    /// (`read`, `restoreDay`); an id met twice is damage.
    mutating func restoreCalls(_ bytes: UnsafeRawBufferPointer, records: Int, keptAliveBy keeper: (AnyObject & Sendable)?) throws(ImageError) {
        let first = calls.count
        for (k, n) in try calls.appendEncoded(bytes, records: records, keptAliveBy: keeper).enumerated() {
            let i = first + k, number = n < 0 ? nil : n
            let id = number == nil ? calls.id(of: i) : ""
            guard file(i, number: number, id: id) else {
                throw .damaged("call \(calls.id(of: i)) is there twice")
            }
        }
    }

    /// The calls made on `day` and the reached satisfaction calls among them, as a state image
    /// holds them, read once the calls are. Throws for a call out of range, or listed under a day
    /// before (`listed` marks them, one flag per call); each call must be under one day.
    mutating func restoreDay(_ day: Int, calls made: [Int32], reached: [Int], listed: inout [Bool]) throws(ImageError) {
        guard indexesByDay[day] == nil, reachedSatisfactionByDay[day] == nil else { throw .damaged("calls of day \(day) are listed twice") }
        for i in made {
            guard i >= 0, Int(i) < listed.count, !listed[Int(i)] else { throw .damaged("day \(day) lists call \(i) out of place") }
            listed[Int(i)] = true
        }
        guard reached.allSatisfy({ $0 >= 0 && $0 < listed.count }) else { throw .damaged("day \(day) lists a reached call out of place") }
        if !made.isEmpty { indexesByDay[day] = made }
        if !reached.isEmpty { reachedSatisfactionByDay[day] = reached }
        callsListedByDay += made.count
    }

    /// The day lists as a state image holds them (what `restoreDay` takes), days in order.
    var dayLists: [(day: Int, calls: [Int32], reached: [Int])] {
        Set(indexesByDay.keys).union(reachedSatisfactionByDay.keys).sorted().map {
            ($0, indexesByDay[$0] ?? [], reachedSatisfactionByDay[$0] ?? [])
        }
    }

    /// Files call `i` under its number, or under its id when it has none; false when taken.
    private mutating func file(_ i: Int, number: Int?, id: String) -> Bool {
        if let number, number < indexByNumber.count + 1_000_000 {
            while indexByNumber.count <= number { indexByNumber.append(-1) }
            guard indexByNumber[number] < 0 else { return false }
            indexByNumber[number] = Int32(i)
            lastCallNumber = max(lastCallNumber, number)
        } else {
            guard indexByOddID[id] == nil else { return false }
            indexByOddID[id] = i
            if let number { lastCallNumber = max(lastCallNumber, number) }
        }
        return true
    }

    /// Files call `i`, already in `calls`, by the day it was made.
    private mutating func index(_ i: Int) {
        let summary = calls.summaries[i]
        let day = summary.callAt.date.days
        indexesByDay[day, default: []].append(Int32(i))
        if summary.isReachedSatisfaction {
            reachedSatisfactionByDay[day, default: []].append(i)
        }
    }

    mutating func customerSaved(_ customer: Customer) {
        if customer.doNotCall != nil || customer.callablePhone == nil {
            uncallable.insert(customer.id)
        } else if !uncallable.isEmpty {
            uncallable.remove(customer.id)
        }
    }

    /// Room for calls about to be replayed, and some to spare: the first call logged after
    /// loading would otherwise copy every call to a twice-as-large array, under the journal's
    /// lock when it is another rep's call being caught up on.
    public mutating func reserveCapacity(forNewCalls n: Int) {
        let room = calls.count + n + max(1024, (calls.count + n) / 32)
        calls.reserveCapacity(logged: room - calls.count)
        indexByNumber.reserveCapacity(room)
        byTask.reserveCapacity(room)
        byCustomer.reserveCapacity(room)
    }

    /// Room for a state image's calls (see `restoreCalls`); their chains come whole.
    mutating func reserveCapacity(forImageCalls n: Int) {
        calls.reserveCapacity(encoded: n)
        indexByNumber.reserveCapacity(calls.count + n + 1)
    }

    /// Call order: by call time, then by id; ids are decoded only when the times tie.
    static func precedes(_ a: Int, _ b: Int, in calls: CallList) -> Bool {
        let (x, y) = (calls.callAt(a), calls.callAt(b))
        return x != y ? x < y : calls.id(of: a) < calls.id(of: b)
    }

    mutating func claim(_ taskID: String, _ claim: Claim) {
        // Lapsed claims are dropped now and then, so the table stays the size of the desk.
        if claims.count >= 64 { claims = claims.filter { $0.value.until > claim.at } }
        claims[taskID] = claim
    }

    /// Who may not be called, as a state image holds them (see `StateImage`).
    var uncallableIDs: [String] { uncallable.sorted() }

    mutating func restoreUncallable(_ customerID: String) { uncallable.insert(customerID) }

    /// A claim as a state image holds it (see `StateImage`).
    mutating func restoreClaim(_ taskID: String, _ claim: Claim) { claims[taskID] = claim }

    /// The calls, their indexes and who may not be called from `other`, which saw every call
    /// and customer, into a ledger that saw neither (see `StateAssembly`).
    mutating func takeCalls(from other: CallLedger) {
        precondition(calls.isEmpty && uncallable.isEmpty, "calls are taken only by a ledger without calls or customers")
        (calls, indexByNumber, indexByOddID, uncallable) = (other.calls, other.indexByNumber, other.indexByOddID, other.uncallable)
        (byCustomer, byTask, indexesByDay) = (other.byCustomer, other.byTask, other.indexesByDay)
        (reachedSatisfactionByDay, lastCallNumber) = (other.reachedSatisfactionByDay, other.lastCallNumber)
        callsListedByDay = other.callsListedByDay
    }

    // MARK: state image

    /// The chains as a state image holds them: each chain's sizes, then its tables' slices.
    func forEachChainRecord(sliceBytes: Int, _ body: (ChainImageRecord) throws -> Void) rethrows {
        for (chain, chains) in [byCustomer, byTask].enumerated() {
            try body(.sizes(chain: chain, chains.imageHeader))
            for slice in chains.imageSlices(sliceBytes: sliceBytes) { try body(.slice(chain: chain, slice)) }
        }
    }

    mutating func read(_ record: ChainImageRecord) throws(ImageError) {
        switch record {
        case .sizes(let chain, let header):
            let chains = try CallChains(imageHeader: header)
            guard chains.count == calls.count else { throw .damaged("call chains for \(chains.count) calls, not \(calls.count)") }
            if chain == 0 { byCustomer = chains } else { byTask = chains }
        case .slice(let chain, let slice):
            if chain == 0 { try byCustomer.fill(slice) } else { try byTask.fill(slice) }
        }
    }

    /// Whether every call read from a state image is filed in both chains and under its day.
    var holdsEveryImageCall: Bool {
        byCustomer.count == calls.count && byTask.count == calls.count && callsListedByDay == calls.count
    }

    mutating func release(_ taskID: String, by login: String) {
        if claims[taskID]?.login == login { claims[taskID] = nil }
    }

    // MARK: lookups

    public func call(id: String) -> Call? {
        if let n = CallID.number(id), n < indexByNumber.count {
            let i = Int(indexByNumber[n])
            return i >= 0 && calls[i].id == id ? calls[i] : nil
        }
        return indexByOddID[id].map { calls[$0] }
    }

    /// The task's calls in the order they were made.
    public func calls(forTask taskID: String) -> [Call] { callIndexes(forTask: taskID).map { calls[$0] } }

    /// Indexes into `calls` of the task's calls, in the order they were made.
    public func callIndexes(forTask taskID: String) -> [Int] {
        let list = byTask.chain(KeyHash.of(taskID))
        return list.allSatisfy({ calls.isOnTask($0, taskID) }) ? list : list.filter { calls.isOnTask($0, taskID) }
    }

    public func mayCall(_ customerID: String) -> Bool { uncallable.isEmpty || !uncallable.contains(customerID) }

    /// The customer's calls, newest call time first.
    public func calls(of customerID: String) -> [Call] {
        callIndexes(of: customerID).sorted { Self.precedes($1, $0, in: calls) }.map { calls[$0] }
    }

    /// Indexes into `calls` of the customer's calls, in the order they were logged.
    public func callIndexes(of customerID: String) -> [Int] {
        byCustomer.chain(KeyHash.of(customerID)).filter { calls.customerID(of: $0) == customerID }
    }

    /// Calls made on `day` (by call time, not entry time), in the order they were made.
    public func calls(madeOn day: CivilDate) -> [Call] {
        (indexesByDay[day.days] ?? []).map { Int($0) }.sorted { Self.precedes($0, $1, in: calls) }.map { calls[$0] }
    }

    /// Indexes of reached satisfaction calls made on `day`.
    func reachedSatisfactionCalls(madeOn day: Int) -> [Int] { reachedSatisfactionByDay[day] ?? [] }

    public func activeClaim(on taskID: String, at time: CivilTime) -> Claim? {
        guard !claims.isEmpty, let c = claims[taskID], c.isActive(at: time) else { return nil }
        return c
    }

    /// Task ids `login` holds at `time`, sorted.
    public func tasksClaimed(by login: String, at time: CivilTime) -> [String] {
        claims.filter { $0.value.login == login && $0.value.isActive(at: time) }.keys.sorted()
    }
}

/// FNV-1a over a string's UTF-8 bytes: a cheap, stable Int key for the ledger's indexes.
enum KeyHash {
    static func of(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
