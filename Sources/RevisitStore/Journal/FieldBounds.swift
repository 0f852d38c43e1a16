/// Reusable scratch space for the column boundaries of the line being parsed, so parsing
/// a million lines allocates nothing per line. Entry k is the start of column k within the
/// line; one extra entry holds the line length + 1, so column k ends at `start(k + 1) - 1`.
final class FieldBounds {
    private(set) var pointer: UnsafeMutablePointer<Int>
    private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
        pointer = .allocate(capacity: capacity)
    }

    deinit { pointer.deallocate() }

    @inline(__always)
    func set(_ index: Int, _ value: Int) {
        if index >= capacity { grow(to: index + 1) }
        pointer[index] = value
    }

    private func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let bigger = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
        bigger.update(from: pointer, count: capacity)
        pointer.deallocate()
        pointer = bigger
        capacity = newCapacity
    }
}
