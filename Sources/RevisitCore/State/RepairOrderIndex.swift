import Synchronization

/// Each visit's index by its repair order number. A state read from its cache builds it from
/// the visits the first time it is needed: hashing 400,000 order numbers took a third of
/// reading a large store's visits, and working out the queue needs none of them.
/// Shared by copies of a state until one of them saves a visit (see `StoreState.save`).
final class RepairOrderIndex: Sendable {
    private let table: Mutex<[String: Int]?>

    /// Built already (a new state's, empty), or to be built from the visits when first asked for.
    init(_ table: [String: Int]?) { self.table = Mutex(table) }

    func table(of visits: [Visit]) -> [String: Int] {
        table.withLock { table in
            if let table { return table }
            let built = Self.build(visits)
            table = built
            return built
        }
    }

    /// Changes the table in place; only for a state that holds the sole reference.
    func update<T>(_ visits: [Visit], _ body: (inout [String: Int]) -> T) -> T {
        table.withLock { table in
            var built = table ?? Self.build(visits)
            table = nil   // so that `built` is the table's only reference and changes in place
            defer { table = built }
            return body(&built)
        }
    }

    private static func build(_ visits: [Visit]) -> [String: Int] {
        var table = [String: Int](minimumCapacity: visits.count)
        for i in visits.indices {
            // A state never holds one order twice (a visit saved again replaces its own), and a
            // cache is read only when it passed its checks: a repeat is this version's bug.
            precondition(table.updateValue(i, forKey: visits[i].roNumber) == nil, "repair order \(visits[i].roNumber) is there twice")
        }
        return table
    }
}
