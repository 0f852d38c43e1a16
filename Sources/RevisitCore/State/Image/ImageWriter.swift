/// Appends values to a state image (see `StateImage`): integers as zigzag LEB128 varints,
/// strings as their UTF-8 length and bytes, optionals behind a presence byte.
public struct ImageWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    public mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Bytes that need not be text, with their count.
    public mutating func data(_ value: some Collection<UInt8>) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    /// Bytes another writer wrote, as they are (a record kept encoded, see `EncodedEntities`).
    mutating func encoded(_ record: UnsafeRawBufferPointer) { bytes.append(contentsOf: record) }

    public mutating func strings<S: Sequence<String>>(_ values: S) {
        let list = Array(values)
        int(list.count)
        for s in list { string(s) }
    }

    /// A list of indexes, each as its step from the one before (small for a sorted list).
    public mutating func indexes(_ list: [Int]) {
        int(list.count)
        var previous = 0
        for i in list {
            int(i &- previous)
            previous = i
        }
    }

    public mutating func optional<T>(_ value: T?, _ write: (inout ImageWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    /// An enum as its position among all its cases.
    public mutating func code<E: CaseIterable & Equatable>(_ value: E) {
        int(E.allCases.firstIndex(of: value).map { E.allCases.distance(from: E.allCases.startIndex, to: $0) } ?? 0)
    }
}
