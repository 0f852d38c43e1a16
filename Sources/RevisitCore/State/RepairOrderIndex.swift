/// Each visit's index by its repair order number. A state read from its cache looks the orders
/// the cache held up in the cache's own table (`RepairOrderTable`, read in place through the
/// file's mapping) and keeps in a dictionary only the orders first saved since; a state built
/// from the journal keeps them all there. Hashing 400,000 order numbers into a dictionary took
/// as long as reading the visits themselves.
struct RepairOrderIndex: Sendable {
    private var table: RepairOrderTable?
    /// Orders not in `table`: saved since it was read, or not ASCII (see `RepairOrderTable`).
    private var others: [String: Int] = [:]

    init() {}

    init(_ table: RepairOrderTable, others: [String: Int]) {
        self.table = table
        self.others = others
    }

    func index(of ro: String, in visits: VisitList) -> Int? {
        if let i = others[ro] { return i }
        return table?.index(of: ro, in: visits)
    }

    /// An order not yet indexed, stored at `index`.
    mutating func add(_ ro: String, at index: Int) { others[ro] = index }

    mutating func reserveCapacity(_ count: Int) { others.reserveCapacity(others.count + count) }
}
