/// Bytes of a state image that a state keeps (encoded calls, customers, vehicles): either the
/// reader's own bytes, which stay valid as long as their keeper lives (a mapping of the cache
/// file, see `StateCache`), or a copy this makes. Keeping the mapping spares copying a hundred
/// megabytes of calls into fresh memory when a large store opens.
struct KeptBytes: @unchecked Sendable {
    // Immutable; `keeper` keeps `base` valid for as long as this value exists.
    private let keeper: AnyObject
    private let base: UnsafeRawPointer?
    let count: Int

    /// `bytes` themselves when `keeper` keeps them valid, else a copy of them.
    init(_ bytes: UnsafeRawBufferPointer, keptAliveBy keeper: (AnyObject & Sendable)?) {
        count = bytes.count
        if let keeper {
            self.keeper = keeper
            base = bytes.baseAddress
        } else {
            let copy = Copy(bytes)
            self.keeper = copy
            base = UnsafeRawPointer(copy.memory)
        }
    }

    func withUnsafeBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    private final class Copy {
        let memory: UnsafeMutableRawPointer

        init(_ bytes: UnsafeRawBufferPointer) {
            memory = .allocate(byteCount: max(1, bytes.count), alignment: 16)
            if let from = bytes.baseAddress { memory.copyMemory(from: from, byteCount: bytes.count) }
        }

        deinit { memory.deallocate() }
    }
}
