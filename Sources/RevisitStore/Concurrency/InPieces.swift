import Foundation

/// Work on a range cut into pieces, run on every core, with the results handed back in order.
enum InPieces {
    /// `work` of each piece of `range` (about `pieceSize` long), in range order.
    static func map<T: Sendable>(_ range: Range<Int>, pieceSize: Int, _ work: @Sendable (Range<Int>) -> T) -> [T] {
        let size = max(1, pieceSize)
        let pieces = stride(from: range.lowerBound, to: range.upperBound, by: size).map { $0 ..< min($0 + size, range.upperBound) }
        guard pieces.count > 1 else { return pieces.map(work) }
        let results = Results<T>(count: pieces.count)
        DispatchQueue.concurrentPerform(iterations: pieces.count) { k in results.set(k, work(pieces[k])) }
        return results.all
    }

    /// `transform` of every index of `range`, in order, worked out piece by piece on every core.
    static func mapEach<T: Sendable>(_ range: Range<Int>, pieceSize: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        joined(range, pieceSize: pieceSize) { $0.map(transform) }
    }

    /// What `work` makes of each piece of `range`, run on every core, joined in range order.
    static func joined<T: Sendable>(_ range: Range<Int>, pieceSize: Int, _ work: @Sendable (Range<Int>) -> [T]) -> [T] {
        let pieces = map(range, pieceSize: pieceSize, work)
        guard pieces.count > 1 else { return pieces.first ?? [] }
        var all: [T] = []
        all.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { all += piece }
        return all
    }

    private final class Results<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [T?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ k: Int, _ value: T) { lock.withLock { values[k] = value } }

        var all: [T] { lock.withLock { values.map { $0! } } }
    }
}
