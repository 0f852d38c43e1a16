/// Calls as a state image's pieces hold them (see `Call.writeRecord`), kept as those bytes:
/// opening a store reads each record's header, and a call's fields are decoded only when the
/// call is read (see `CallList`).
///
/// Decoding one cannot fail unless this version's own writer is wrong: every piece passed its
/// hash check when it was read, so its bytes are the ones the writer wrote from calls that
/// were whole, and an image of another version is never read.
struct EncodedCalls: Sendable {
    private var pieces: [KeptBytes] = []
    /// The index of each piece's first record.
    private var firstRecords: [Int] = []
    /// Each record's offset within its piece.
    private var starts: [UInt32] = []

    var count: Int { starts.count }

    mutating func reserveCapacity(_ records: Int) { starts.reserveCapacity(records) }

    /// Keeps a piece of `records` calls; returns each one's summary and call number (nil for
    /// an id that is not one, see `CallID`).
    mutating func append(_ bytes: UnsafeRawBufferPointer, records: Int,
                         keptAliveBy keeper: (AnyObject & Sendable)?) throws(ImageError) -> [(CallSummary, number: Int?)] {
        guard bytes.count <= UInt32.max else { throw .damaged("a piece of \(bytes.count) bytes of calls") }
        let first = starts.count
        var read: [(CallSummary, number: Int?)] = []
        read.reserveCapacity(records)
        var r = ImageReader(bytes)
        do throws(ImageError) {
            for _ in 0 ..< records {
                starts.append(UInt32(r.offset))
                let (summary, fields) = try Call.recordHeader(&r)
                var f = ImageReader(fields)
                read.append((summary, CallID.number(utf8: try f.stringBytes())))
            }
            guard r.isAtEnd else { throw .damaged("a piece of calls holds more than its \(records) records") }
        } catch {
            starts.removeSubrange(first...)
            throw error
        }
        firstRecords.append(first)
        pieces.append(KeptBytes(bytes, keptAliveBy: keeper))
        return read
    }

    /// Record `i`'s bytes, header and fields, for `body` to read while it runs.
    func withRecord<T>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let p = piece(holding: i)
        let end = i + 1 < count && (p + 1 == firstRecords.count || i + 1 < firstRecords[p + 1]) ? Int(starts[i + 1]) : pieces[p].count
        return pieces[p].withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[Int(starts[i]) ..< end])) }
    }

    /// Hands `read` a reader at the start of record `i`'s fields; it cannot fail (see above).
    private func readFields<T>(of i: Int, _ read: (inout ImageReader) throws(ImageError) -> T) -> T {
        withRecord(i) { bytes in
            do {
                var r = ImageReader(bytes)
                var fields = ImageReader(try Call.recordHeader(&r).fields)
                return try read(&fields)
            } catch {
                preconditionFailure("call \(i) of the state image does not read back: \(error)")
            }
        }
    }

    func call(_ i: Int) -> Call { readFields(of: i) { r throws(ImageError) in try Call(from: &r) } }

    /// One of the strings a call's fields start with, without decoding the rest.
    func leadingString(_ field: Call.LeadingString, of i: Int) -> String {
        readFields(of: i) { r throws(ImageError) in
            for _ in 0 ..< field.rawValue { _ = try r.stringBytes() }
            return try r.string()
        }
    }

    /// Whether one of those strings is `text`, byte for byte, without making a String.
    func leadingString(_ field: Call.LeadingString, of i: Int, is text: String) -> Bool {
        readFields(of: i) { r throws(ImageError) in
            for _ in 0 ..< field.rawValue { _ = try r.stringBytes() }
            return try r.stringBytes().elementsEqual(text.utf8)
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
