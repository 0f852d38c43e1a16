extension Dictionary where Value == Int {
    /// The slot filed under `key`, or `new` filed there now if there was none: one hash and one
    /// probe either way, where a look-up and then an insert would hash the key twice.
    /// Slots are never negative.
    mutating func slot(for key: Key, filingIfAbsent new: Int) -> (slot: Int, isNew: Bool) {
        var isNew = false
        func claim(_ slot: inout Int) -> Int {
            if slot < 0 { slot = new; isNew = true }
            return slot
        }
        let slot = claim(&self[key, default: -1])
        return (slot, isNew)
    }
}
