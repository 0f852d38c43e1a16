/// Records of one kind a state image held (customers or vehicles), kept as the image's bytes and
/// found by their key, the string each record starts with: opening a store reads only the keys,
/// and a record is decoded when it is asked for. A queue or a call reads a few thousand of a
/// hundred thousand customers.
///
/// Decoding one cannot fail unless this version's own writer is wrong: every piece passed its
/// hash check when it was read (see `KeptRecords`, which keeps calls and visits the same way).
struct ImageRecords<Value: Sendable>: Sendable {
    typealias Decode = @Sendable (inout ImageReader) throws(ImageError) -> Value

    private let decode: Decode
    private var pieces: [KeptBytes] = []
    /// Each record's piece (high 32 bits) and its offset within it.
    private var locations: [UInt64] = []
    /// Each record's number by its key.
    private var numbers: [String: Int32] = [:]

    init(decode: @escaping Decode) { self.decode = decode }

    var count: Int { locations.count }

    mutating func reserveCapacity(_ records: Int) {
        locations.reserveCapacity(records)
        numbers.reserveCapacity(records)
    }

    /// Keeps a piece of `records` records, each written by `ImageRecords.write`. Throws when a
    /// record runs past the piece or two records have one key.
    mutating func append(_ bytes: UnsafeRawBufferPointer, records: Int, keptAliveBy keeper: (AnyObject & Sendable)?) throws(ImageError) {
        guard bytes.count <= UInt32.max else { throw .damaged("a piece of \(bytes.count) bytes of \(Value.self) records") }
        let piece = UInt64(pieces.count)
        var r = ImageReader(bytes)
        for _ in 0 ..< records {
            let start = r.offset
            let record = try r.stringBytes()
            var fields = ImageReader(record)
            let key = try fields.string()
            guard numbers.updateValue(Int32(locations.count), forKey: key) == nil else {
                throw .damaged("\(Value.self) \(key) is stored twice")
            }
            locations.append(piece << 32 | UInt64(start))
        }
        guard r.isAtEnd else { throw .damaged("a piece of \(Value.self) records holds more than its \(records)") }
        pieces.append(KeptBytes(bytes, keptAliveBy: keeper))
    }

    /// A record as `append` wants it: its fields, behind their byte count.
    static func write(to w: inout ImageWriter, _ fields: (inout ImageWriter) -> Void) {
        var record = ImageWriter()
        fields(&record)
        w.data(record.bytes)
    }

    subscript(key: String) -> Value? { numbers[key].map { self[record: Int($0)] } }

    func holds(_ key: String) -> Bool { numbers[key] != nil }

    func forEachKey(_ body: (String) -> Void) { for key in numbers.keys { body(key) } }

    var dictionary: [String: Value] { numbers.mapValues { self[record: Int($0)] } }

    /// Every record, in the order they were stored.
    var all: [Value] { (0 ..< count).map { self[record: $0] } }

    private subscript(record i: Int) -> Value {
        let location = locations[i]
        return pieces[Int(location >> 32)].withUnsafeBytes { piece in
            var r = ImageReader(UnsafeRawBufferPointer(rebasing: piece[Int(location & 0xffff_ffff)...]))
            do {
                let record = try r.stringBytes()
                var fields = ImageReader(record)
                return try decode(&fields)
            } catch {
                preconditionFailure("\(Value.self) record \(i) of the state image does not read back: \(error)")
            }
        }
    }
}
