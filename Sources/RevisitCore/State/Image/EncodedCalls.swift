/// Calls as a state image's pieces hold them, kept as those bytes and decoded one at a time
/// when read (see `CallList`). Each piece was checked whole when it was read: every record
/// reads back as a call, so decoding one later cannot fail.
struct EncodedCalls: Sendable {
    private var pieces: [[UInt8]] = []
    /// The index of each piece's first record.
    private var firstRecords: [Int] = []
    /// Each record's offset within its piece.
    private var starts: [UInt32] = []

    var count: Int { starts.count }

    mutating func reserveCapacity(_ records: Int) { starts.reserveCapacity(records) }

    /// Keeps a piece of `records` calls, each checked as `Call.skip` reads it; returns each
    /// one's summary and call number (nil for an id that is not one, see `CallID`).
    mutating func append(_ bytes: UnsafeRawBufferPointer, records: Int) throws(ImageError) -> [(CallSummary, number: Int?)] {
        guard bytes.count <= UInt32.max else { throw .damaged("a piece of \(bytes.count) bytes of calls") }
        let first = starts.count
        var read: [(CallSummary, number: Int?)] = []
        read.reserveCapacity(records)
        var r = ImageReader(bytes)
        do throws(ImageError) {
            for _ in 0 ..< records {
                starts.append(UInt32(r.offset))
                let (summary, id) = try Call.skip(&r)
                read.append((summary, CallID.number(utf8: id)))
            }
            guard r.isAtEnd else { throw .damaged("a piece of calls holds more than its \(records) records") }
        } catch {
            starts.removeSubrange(first...)
            throw error
        }
        firstRecords.append(first)
        pieces.append(Array(bytes))
        return read
    }

    /// Record `i`'s bytes, for `body` to read while it runs.
    func withRecord<T>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let p = piece(holding: i)
        let end = i + 1 < count && (p + 1 == firstRecords.count || i + 1 < firstRecords[p + 1]) ? Int(starts[i + 1]) : pieces[p].count
        return pieces[p].withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[Int(starts[i]) ..< end])) }
    }

    func call(_ i: Int) -> Call {
        withRecord(i) { bytes in
            var r = ImageReader(bytes)
            do { return try Call(from: &r) } catch { preconditionFailure("call \(i) was checked when its piece was read: \(error)") }
        }
    }

    /// The text of one of the strings a call record starts with, without decoding the rest.
    func leadingString(_ field: Call.LeadingString, of i: Int) -> String {
        withRecord(i) { bytes in
            var r = ImageReader(bytes)
            do {
                for _ in 0 ..< field.rawValue { _ = try r.stringBytes() }
                return try r.string()
            } catch { preconditionFailure("call \(i) was checked when its piece was read: \(error)") }
        }
    }

    private func piece(holding i: Int) -> Int {
        var low = 0, high = firstRecords.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if firstRecords[mid] <= i { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
