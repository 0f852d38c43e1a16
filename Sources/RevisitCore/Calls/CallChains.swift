/// Calls grouped by a key (a task, a customer) as chains through one array, found through a
/// flat open-addressing table of 64-bit key hashes. Loading a store files a million calls:
/// this costs one probe and a few array writes per call, where a dictionary of arrays costs
/// a hash, a small allocation per key and rehashing as it grows. Keys are hashes, so two
/// keys may share a chain; readers compare the real ids.
struct CallChains: Sendable {
    private var slots: [UInt64] = Array(repeating: 0, count: 1024)   // 0 marks an empty slot
    private var heads: [Int32] = Array(repeating: -1, count: 1024)
    private var tails: [Int32] = Array(repeating: -1, count: 1024)
    private var used = 0
    /// Per call index: the next call in its chain, or -1.
    private var next: [Int32] = []

    /// Files call `index` (the next index: every call is filed, in log order) under `key`.
    /// `precedes(a, b)`: whether call a comes before call b in the chain's order.
    mutating func file(_ index: Int, key: UInt64, precedes: (Int, Int) -> Bool) {
        precondition(index == next.count, "calls are filed in log order")
        next.append(-1)
        let s = slot(for: key == 0 ? 1 : key)
        let me = Int32(index)
        if heads[s] < 0 {
            slots[s] = key == 0 ? 1 : key
            heads[s] = me; tails[s] = me
            used += 1
            if used * 2 > slots.count { grow() }
            return
        }
        if !precedes(index, Int(tails[s])) {          // the usual case: the latest call comes last
            next[Int(tails[s])] = me
            tails[s] = me
            return
        }
        if precedes(index, Int(heads[s])) {
            next[index] = heads[s]
            heads[s] = me
            return
        }
        var at = heads[s]
        while next[Int(at)] >= 0, !precedes(index, Int(next[Int(at)])) { at = next[Int(at)] }
        next[index] = next[Int(at)]
        next[Int(at)] = me
    }

    /// The chain filed under `key`, in its order.
    func chain(_ key: UInt64) -> [Int] {
        let s = slot(for: key == 0 ? 1 : key)
        var out: [Int] = []
        var at = heads[s]
        while at >= 0 { out.append(Int(at)); at = next[Int(at)] }
        return out
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func slot(for key: UInt64) -> Int {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> 20) & mask
        while slots[s] != 0 && slots[s] != key { s = (s + 1) & mask }
        return s
    }

    private mutating func grow() {
        let old = (slots, heads, tails)
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        heads = Array(repeating: -1, count: size)
        tails = Array(repeating: -1, count: size)
        for i in old.0.indices where old.0[i] != 0 {
            let s = slot(for: old.0[i])
            slots[s] = old.0[i]; heads[s] = old.1[i]; tails[s] = old.2[i]
        }
    }

    mutating func reserveCapacity(_ n: Int) { next.reserveCapacity(n) }
}
