/// Records of a state image's pieces kept as those bytes (see `KeptBytes`), with where each
/// one starts, so a record is decoded only when it is read (calls, visits). Opening a store
/// reads each record's header once, for what the indexes need of it.
///
/// Decoding a kept record cannot fail unless this version's own writer is wrong: every piece
/// passed its hash check when it was read, so its bytes are the ones the writer wrote from
/// entities that were whole, and an image of another version is never read.
struct KeptRecords: Sendable {
    private var pieces: [KeptBytes] = []
    /// The index of each piece's first record.
    private var firstRecords: [Int] = []
    /// Each record's offset within its piece.
    private var starts: [UInt32] = []

    var count: Int { starts.count }

    mutating func reserveCapacity(_ records: Int) { starts.reserveCapacity(records) }

    /// Keeps a piece of `records` records; `readHeader` reads each record from `r` in turn
    /// (leaving it at the next) and takes what the caller keeps of it.
    mutating func append(_ bytes: UnsafeRawBufferPointer, records: Int, keptAliveBy keeper: (AnyObject & Sendable)?,
                         what: @autoclosure () -> String, readHeader: (inout ImageReader) throws(ImageError) -> Void) throws(ImageError) {
        guard bytes.count <= UInt32.max else { throw .damaged("a piece of \(bytes.count) bytes of \(what())") }
        let first = starts.count
        var r = ImageReader(bytes)
        do throws(ImageError) {
            for _ in 0 ..< records {
                starts.append(UInt32(r.offset))
                try readHeader(&r)
            }
            guard r.isAtEnd else { throw .damaged("a piece of \(what()) holds more than its \(records) records") }
        } catch {
            starts.removeSubrange(first...)
            throw error
        }
        firstRecords.append(first)
        pieces.append(KeptBytes(bytes, keptAliveBy: keeper))
    }

    /// Record `i`'s bytes for `body` to read while it runs.
    func withRecord<T>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let p = piece(holding: i)
        let end = i + 1 < count && (p + 1 == firstRecords.count || i + 1 < firstRecords[p + 1]) ? Int(starts[i + 1]) : pieces[p].count
        return pieces[p].withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[Int(starts[i]) ..< end])) }
    }

    /// Hands `read` a reader at the start of record `i`; it cannot fail (see above).
    func read<T>(_ i: Int, what: @autoclosure () -> String, _ read: (inout ImageReader) throws(ImageError) -> T) -> T {
        withRecord(i) { bytes in
            do {
                var r = ImageReader(bytes)
                return try read(&r)
            } catch {
                preconditionFailure("\(what()) \(i) of the state image does not read back: \(error)")
            }
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
