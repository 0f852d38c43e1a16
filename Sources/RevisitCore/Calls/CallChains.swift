/// Calls grouped by a key (a task, a customer) as chains through one array, found through a
/// flat open-addressing table of 64-bit key hashes (at most three quarters full). Loading a store files a million calls:
/// this costs one probe and a few array writes per call, where a dictionary of arrays costs
/// a hash, a small allocation per key and rehashing as it grows. Keys are hashes, so two
/// keys may share a chain; readers compare the real ids.
///
/// Each chain is kept from its newest end: the table holds the last call and its order, each
/// call points back to the one before it. Filing a call in order touches one table slot (one
/// cache miss in a table of a million keys) and writes its own back link.
struct CallChains: Sendable {
    private struct Slot {
        var key: UInt64 = 0   // 0 marks an empty slot
        var last: Int32 = -1
        /// The last call's order (see `file`).
        var lastOrder: Int32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var used = 0
    /// Per call index: the call before it in its chain, or -1.
    private var previous: [Int32] = []

    /// How many calls are filed.
    var count: Int { previous.count }

    init() {}

    /// Files call `index` (the next index: every call is filed, in log order) under `key`.
    /// `order` is a coarse rank for the chain's order: a call of a higher order comes after one of
    /// a lower; between equal orders (and when a call comes in below the chain's last),
    /// `precedes(a, b)` says whether call a comes before call b.
    mutating func file(_ index: Int, key: UInt64, order: Int32, precedes: (Int, Int) -> Bool) {
        precondition(index == previous.count, "calls are filed in log order")
        let key = key == 0 ? 1 : key
        let s = slot(for: key)
        let me = Int32(index)
        let last = slots[s].last
        if last < 0 {
            previous.append(-1)
            slots[s] = Slot(key: key, last: me, lastOrder: order)
            used += 1
            if used * 4 > slots.count * 3 { grow() }
        } else if order > slots[s].lastOrder || !precedes(index, Int(last)) {   // the usual case: it comes last
            previous.append(last)
            slots[s].last = me
            slots[s].lastOrder = order
        } else {
            var after = last
            var before = previous[Int(last)]
            while before >= 0, precedes(index, Int(before)) {
                after = before
                before = previous[Int(before)]
            }
            previous.append(before)
            previous[Int(after)] = me
        }
    }

    /// The chain filed under `key`, in its order.
    func chain(_ key: UInt64) -> [Int] {
        var out: [Int] = []
        var at = slots[slot(for: key == 0 ? 1 : key)].last
        while at >= 0 {
            out.append(Int(at))
            at = previous[Int(at)]
        }
        return out.reversed()
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func slot(for key: UInt64) -> Int {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> 20) & mask
        while slots[s].key != 0 && slots[s].key != key { s = (s + 1) & mask }
        return s
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for entry in old where entry.key != 0 { slots[slot(for: entry.key)] = entry }
    }

    mutating func reserveCapacity(_ n: Int) { previous.reserveCapacity(n) }

    // MARK: state image
    // A state image keeps the chains as they lie in memory, so reading one copies two tables
    // instead of filing a million calls again (one cache miss each).

    /// The table sizes, and how a slot lies in memory here (a cache read elsewhere must not be used).
    var imageHeader: [Int] { [slots.count, used, previous.count, Self.memoryLayout] }

    private static let memoryLayout = MemoryLayout<Slot>.stride * 2 + (1.littleEndian == 1 ? 1 : 0)

    /// The tables in slices of at most `sliceBytes`, made as they are read.
    func imageSlices(sliceBytes: Int) -> FlattenSequence<[LazyMapSequence<StrideTo<Int>, ChainSlice>]> {
        [Self.slices(of: slots, table: 0, sliceBytes: sliceBytes), Self.slices(of: previous, table: 1, sliceBytes: sliceBytes)].joined()
    }

    private static func slices<T: BitwiseCopyable>(of array: [T], table: Int,
                                                   sliceBytes: Int) -> LazyMapSequence<StrideTo<Int>, ChainSlice> {
        let step = max(1, sliceBytes / MemoryLayout<T>.stride)
        return stride(from: 0, to: array.count, by: step).lazy.map { start in
            ChainSlice(table: table, start: start, bytes: array[start ..< min(array.count, start + step)].withUnsafeBytes { Array($0) })
        }
    }

    /// Empty tables of the sizes `header` gives, to be filled by `fill`.
    init(imageHeader header: [Int]) throws(ImageError) {
        guard header.count == 4, header[3] == Self.memoryLayout else { throw .damaged("call chains laid out for another machine") }
        guard header[0] > 0, header[0] & (header[0] - 1) == 0, (0 ... header[0]).contains(header[1]),
              header[2] >= 0 else { throw .damaged("call chain sizes \(header)") }
        slots = [Slot](repeating: Slot(), count: header[0])
        used = header[1]
        previous = [Int32](repeating: -1, count: header[2])
    }

    mutating func fill(_ slice: ChainSlice) throws(ImageError) {
        switch slice.table {
        case 0: try Self.copy(slice, into: &slots)
        case 1: try Self.copy(slice, into: &previous)
        default: throw .damaged("no call chain table \(slice.table)")
        }
    }

    private static func copy<T: BitwiseCopyable>(_ slice: ChainSlice, into array: inout [T]) throws(ImageError) {
        let stride = MemoryLayout<T>.stride
        guard slice.bytes.count % stride == 0, slice.start >= 0, slice.start + slice.bytes.count / stride <= array.count else {
            throw .damaged("a call chain slice at \(slice.start) does not fit")
        }
        guard !slice.bytes.isEmpty else { return }
        array.withUnsafeMutableBytes { table in
            slice.bytes.withUnsafeBytes { table.baseAddress!.advanced(by: slice.start * stride).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        }
    }
}

/// A run of one chain table's elements, as a state image holds them.
struct ChainSlice {
    var table: Int
    var start: Int
    var bytes: [UInt8]
}
