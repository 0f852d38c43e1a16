import Foundation

/// What a worker made of one complete line: the decoded record or the damage, and the line's
/// length (newline excluded) so the consumer can keep the segment position exact.
struct DecodedLine<T> {
    enum Content {
        case record(seq: Int, value: T)
        case damaged(JournalDamage.Kind)
    }

    var content: Content
    var length: Int
}

/// Parses and decodes a large mapped region on several cores while the calling thread consumes
/// the results in line order.
///
/// The region is cut into chunks at line ends. Worker threads take chunks in order, at most
/// `window` ahead of the consumer (so decoded lines never pile up), and the calling thread takes
/// an unclaimed chunk itself whenever the one it needs next is not ready, so both sides stay
/// busy whichever is slower. Over a file mapping, a consumed chunk's pages are dropped (they are
/// read once), which keeps a large load's peak memory to the state being built.
final class ChunkedDecoder<T: Sendable>: @unchecked Sendable {
    private let region: UnsafeRawBufferPointer
    private let window: Int
    private let regionIsFileMapping: Bool
    /// Chunk k spans `cuts[k] ..< cuts[k + 1]` of the region.
    private let cuts: [Int]
    private let makeDecoder: @Sendable () -> (RecordView) -> T
    // Guarded by `condition`:
    private let condition = NSCondition()
    private var decoded: [[DecodedLine<T>]?]
    private var nextToClaim = 0
    private var consumed = 0
    private var stopped = false

    /// Chunks of about `chunkBytes`, at most `window` of them decoded ahead of the consumer.
    /// `regionIsFileMapping`: the region is a read-only private mapping of a file, whose pages may
    /// be dropped once read (never say so of other memory: dropping it would zero it).
    init(_ region: UnsafeRawBufferPointer, regionIsFileMapping: Bool, chunkBytes: Int = 1 << 20, window: Int = 8,
         makeDecoder: @escaping @Sendable () -> (RecordView) -> T) {
        self.region = region
        self.regionIsFileMapping = regionIsFileMapping
        self.window = max(1, window)
        self.makeDecoder = makeDecoder
        cuts = Self.cut(region, every: max(1, chunkBytes))
        decoded = Array(repeating: nil, count: cuts.count - 1)
    }

    var chunkCount: Int { cuts.count - 1 }

    /// Hands every chunk's lines to `consume`, in order. Returns (or throws what `consume`
    /// threw) only once every worker has stopped touching the region.
    func run(_ consume: ([DecodedLine<T>]) throws -> Void) throws {
        let workers = chunkCount > 1 ? min(chunkCount - 1, max(1, ProcessInfo.processInfo.activeProcessorCount - 1)) : 0
        let group = DispatchGroup()
        for _ in 0 ..< workers {
            DispatchQueue.global().async(group: group) { self.work() }
        }
        defer {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
            group.wait()
        }
        for k in 0 ..< chunkCount {
            try consume(take(k))
            condition.lock()
            consumed = k + 1
            condition.broadcast()
            condition.unlock()
            if regionIsFileMapping { dropPages(of: k) }
        }
    }

    /// Line ends near every `size` bytes; the last cut is the region's end (which may leave a
    /// partial line in the last chunk, as the scanner expects).
    static func cut(_ region: UnsafeRawBufferPointer, every size: Int) -> [Int] {
        var cuts = [0]
        guard let base = region.baseAddress else { return [0, 0] }
        var at = size
        while at < region.count {
            guard let newline = memchr(base + at, Int32(LineFormat.newline), region.count - at) else { break }
            let next = UnsafeRawPointer(newline) - base + 1
            if next < region.count { cuts.append(next) }
            at = next + size
        }
        cuts.append(region.count)
        return cuts
    }

    // MARK: - Under the hood

    /// The next chunk nobody has claimed, if it is within the window; call holding the lock.
    private func claim() -> Int? {
        guard !stopped, nextToClaim < chunkCount, nextToClaim < consumed + window else { return nil }
        defer { nextToClaim += 1 }
        return nextToClaim
    }

    private func work() {
        condition.lock()
        while !stopped && nextToClaim < chunkCount {
            guard let k = claim() else {
                condition.wait()
                continue
            }
            condition.unlock()
            let lines = decode(k)
            condition.lock()
            decoded[k] = lines
            condition.broadcast()
        }
        condition.unlock()
    }

    /// Chunk `k`'s lines: taken from a worker, or decoded here while waiting would be idle.
    private func take(_ k: Int) -> [DecodedLine<T>] {
        condition.lock()
        while true {
            if let lines = decoded[k] {
                decoded[k] = nil
                condition.unlock()
                return lines
            }
            if let other = claim() {
                condition.unlock()
                let lines = decode(other)
                if other == k { return lines }
                condition.lock()
                decoded[other] = lines
            } else {
                condition.wait()
            }
        }
    }

    private func decode(_ k: Int) -> [DecodedLine<T>] {
        let chunk = UnsafeRawBufferPointer(rebasing: region[cuts[k] ..< cuts[k + 1]])
        var lines: [DecodedLine<T>] = []
        lines.reserveCapacity(chunk.count / 128)
        let decoder = makeDecoder()
        var position = SegmentPosition()
        SegmentScanner.scan(chunk, position: &position) { line in
            switch line {
            case .record(let view, let location):
                lines.append(DecodedLine(content: .record(seq: view.seq, value: decoder(view)), length: location.bytes.count))
            case .damaged(let kind, let location):
                lines.append(DecodedLine(content: .damaged(kind), length: location.bytes.count))
            }
        }
        return lines
    }

    /// Gives back the whole pages that lie inside chunk `k`; they are re-read from the page
    /// cache should anything touch them again.
    private func dropPages(of k: Int) {
        guard let base = region.baseAddress else { return }
        let page = Int(getpagesize())
        let start = (Int(bitPattern: base) + cuts[k] + page - 1) & ~(page - 1)
        let end = (Int(bitPattern: base) + cuts[k + 1]) & ~(page - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        madvise(pointer, end - start, MADV_DONTNEED)
    }
}
