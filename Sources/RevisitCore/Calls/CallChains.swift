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
}
