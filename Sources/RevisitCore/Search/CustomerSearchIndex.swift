/// Search-as-you-type over every customer's name, phones and plates, fast enough to answer
/// each key on a store of a hundred thousand customers: all the searchable text sits in one
/// byte buffer, scanned once per query.
public struct CustomerSearchIndex: Sendable {
    /// Normalised searchable text of every customer, each ended by a 0 byte.
    private let haystack: [UInt8]
    /// Where each customer's text ends in `haystack`, in `customerIDs` order.
    private let ends: [Int]
    public let customerIDs: [String]
    /// The state's directory revision this index was built from.
    public let revision: Int

    public init(_ state: StoreState) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(state.customerIDs.count * 48)
        var ends: [Int] = []
        ends.reserveCapacity(state.customerIDs.count)
        for id in state.customerIDs {
            guard let c = state.customers[id] else { continue }
            var text = Self.normalize(c.name) + "\u{1}" + c.id.lowercased()
            if let initials = HangulInitials.of(c.name) { text += "\u{1}" + initials }
            for phone in c.phones { text += "\u{1}" + phone }
            for plate in state.plateKeysByCustomer[id] ?? [] { text += "\u{1}" + Self.normalize(plate) }
            bytes += text.utf8
            bytes.append(0)
            ends.append(bytes.count)
        }
        haystack = bytes
        self.ends = ends
        customerIDs = state.customerIDs
        revision = state.directoryRevision
    }

    /// Lower-cased and unaccented, without the spaces, dots and dashes people type or leave out.
    public static func normalize(_ text: String) -> String {
        String(Unaccented.text(text.lowercased()).filter { $0 != " " && $0 != "·" && $0 != "-" && $0 != "+" && $0 != "\u{3000}" })
    }

    public struct Matches: Sendable, Equatable {
        /// The first matches, in the order customers were added.
        public var ids: [String]
        public var total: Int
    }

    /// Customers whose name (or its Hangul initials), id, phone or plate contains `query`; at most `limit` ids returned,
    /// every match counted. An empty query matches everyone.
    public func search(_ query: String, limit: Int) -> Matches {
        let needle = Array(Self.normalize(query).utf8)
        guard !needle.isEmpty else { return Matches(ids: Array(customerIDs.prefix(limit)), total: customerIDs.count) }
        var ids: [String] = []
        var total = 0
        haystack.withUnsafeBufferPointer { hay in
            var customer = 0
            var i = 0
            let last = hay.count - needle.count
            let first = needle[0]
            while i <= last {
                if hay[i] == first && Self.matches(hay, at: i, needle) {
                    while ends[customer] <= i { customer += 1 }
                    total += 1
                    if ids.count < limit { ids.append(customerIDs[customer]) }
                    i = ends[customer]      // one hit per customer: skip to the next one
                    continue
                }
                i += 1
            }
        }
        return Matches(ids: ids, total: total)
    }

    private static func matches(_ hay: UnsafeBufferPointer<UInt8>, at i: Int, _ needle: [UInt8]) -> Bool {
        for j in 1..<needle.count where hay[i + j] != needle[j] { return false }
        return true
    }
}
