import Foundation

/// How many lines of each type a journal region holds, counted on every core without checking
/// checksums or decoding anything: enough to size, before a large load, the collections its
/// lines will fill, so they are not grown (and rehashed) again and again on the way.
enum LineCensus {
    static func count(_ region: UnsafeRawBufferPointer) -> [String: Int] {
        let cuts = ChunkedDecoder<Int>.cut(region, every: 1 << 20)
        var tallies = [TypeTally](repeating: TypeTally(), count: cuts.count - 1)
        let source = UncheckedRegion(bytes: region)
        tallies.withUnsafeMutableBufferPointer { out in
            let results = UncheckedBuffer(out)
            DispatchQueue.concurrentPerform(iterations: cuts.count - 1) { k in
                results.buffer[k].count(UnsafeRawBufferPointer(rebasing: source.bytes[cuts[k] ..< cuts[k + 1]]))
            }
        }
        return tallies.reduce(into: [:]) { total, tally in
            for (name, n) in tally.counts { total[String(decoding: name, as: UTF8.self), default: 0] += n }
        }
    }
}

/// Counts the lines of a region by their type column (the fifth), comparing bytes only.
struct TypeTally {
    private(set) var counts: [([UInt8], Int)] = []
    private var last = 0

    mutating func count(_ region: UnsafeRawBufferPointer) {
        guard let base = region.baseAddress else { return }
        let end = base + region.count
        var line = base
        while line < end, let newline = memchr(line, Int32(LineFormat.newline), end - line) {
            let lineEnd = UnsafeRawPointer(newline)
            if let type = Self.typeColumn(line, lineEnd) { add(type) }
            line = lineEnd + 1
        }
    }

    private static func typeColumn(_ start: UnsafeRawPointer, _ end: UnsafeRawPointer) -> UnsafeRawBufferPointer? {
        var at = start
        for _ in 0 ..< LineFormat.headerColumns {
            guard let tab = memchr(at, Int32(LineFormat.tab), end - at) else { return nil }
            at = UnsafeRawPointer(tab) + 1
        }
        let typeEnd = memchr(at, Int32(LineFormat.tab), end - at).map { UnsafeRawPointer($0) } ?? end
        return UnsafeRawBufferPointer(start: at, count: typeEnd - at)
    }

    private mutating func add(_ type: UnsafeRawBufferPointer) {
        if last < counts.count, counts[last].0.elementsEqual(type) {
            counts[last].1 += 1
            return
        }
        if let i = counts.firstIndex(where: { $0.0.elementsEqual(type) }) {
            counts[i].1 += 1
            last = i
        } else {
            counts.append((Array(type), 1))
            last = counts.count - 1
        }
    }
}

/// Lets `concurrentPerform` read the mapped region and write each iteration's own element.
private struct UncheckedBuffer<E>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<E>
    init(_ buffer: UnsafeMutableBufferPointer<E>) { self.buffer = buffer }
}

private struct UncheckedRegion: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
}
