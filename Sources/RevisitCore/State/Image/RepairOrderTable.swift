/// The index by repair order as a state image holds it, read in place: an open-addressing
/// table (linear probing, at most half full) of visit indexes plus one, zero for an empty slot,
/// each placed by a hash of its order number's bytes that is the same in every process
/// (`KeyHash`, FNV-1a; Swift's own hashing is seeded afresh each run). It is kept in chunks of equal size
/// (see `KeptBytes`), so opening a store builds nothing for it.
///
/// Only ASCII order numbers are in the table: for those, equal text is equal bytes. Any other
/// is listed beside it and kept in a dictionary, which compares text as Swift does.
struct RepairOrderTable: Sendable {
    private var chunks: [KeptBytes] = []
    private var chunkSlots = 0
    private var mask = 0

    static let largestChunk = 1 << 16

    // MARK: writing

    /// The table for `visits`, as the chunks' bytes, and the visits whose order numbers it leaves out.
    static func write(_ visits: VisitList) -> (chunks: [[UInt8]], others: [(ro: String, index: Int)]) {
        let capacity = max(16, (2 * visits.count).nextPowerOfTwo)
        var slots = [UInt32](repeating: 0, count: capacity)
        var others: [(ro: String, index: Int)] = []
        for i in visits.indices {
            let ro = visits.roNumber(of: i)
            guard isASCII(ro) else { others.append((ro, i)); continue }
            var s = Int(truncatingIfNeeded: KeyHash.of(ro)) & (capacity - 1)
            while slots[s] != 0 { s = (s + 1) & (capacity - 1) }
            slots[s] = UInt32(i + 1)
        }
        let size = min(capacity, largestChunk)
        let chunks = stride(from: 0, to: capacity, by: size).map { start in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(4 * size)
            for slot in slots[start ..< start + size] {   // little-endian, whatever the machine
                for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: slot >> shift)) }
            }
            return bytes
        }
        return (chunks, others)
    }

    // MARK: reading

    /// Keeps a chunk as read; all must have the size of the first.
    mutating func append(chunk bytes: UnsafeRawBufferPointer, keptAliveBy keeper: (AnyObject & Sendable)?) throws(ImageError) {
        let slots = bytes.count / 4
        guard bytes.count % 4 == 0, slots > 0, slots.nonzeroBitCount == 1, chunkSlots == 0 || slots == chunkSlots else {
            throw .damaged("a chunk of the repair order table holds \(bytes.count) bytes")
        }
        chunkSlots = slots
        chunks.append(KeptBytes(bytes, keptAliveBy: keeper))
    }

    /// Once every chunk is read: the table must be a power of two slots, at least twice `visits`.
    mutating func finish(visits: Int) throws(ImageError) {
        let capacity = chunks.count * chunkSlots
        guard capacity.nonzeroBitCount == 1, capacity >= 2 * visits else {
            throw .damaged("the repair order table has \(capacity) slots for \(visits) visits")
        }
        mask = capacity - 1
    }

    func index(of ro: String, in visits: VisitList) -> Int? {
        guard mask > 0, Self.isASCII(ro) else { return nil }
        var s = Int(truncatingIfNeeded: KeyHash.of(ro)) & mask
        for _ in 0 ... mask {
            let slot = Int(slot(s))
            if slot == 0 { return nil }
            if slot <= visits.count, visits.roNumber(of: slot - 1, is: ro) { return slot - 1 }
            s = (s + 1) & mask
        }
        return nil
    }

    private func slot(_ s: Int) -> UInt32 {
        chunks[s / chunkSlots].withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: 4 * (s % chunkSlots), as: UInt32.self)) }
    }

    static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}

private extension Int {
    var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
