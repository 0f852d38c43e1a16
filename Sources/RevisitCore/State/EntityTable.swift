/// Customers or vehicles by key, wherever the state keeps them: decoded, or still as the state
/// image it was read from held them (see `ImageDirectory`).
public struct EntityTable<Value: Sendable>: Sendable {
    let image: ImageRecords<Value>?
    let decoded: [String: Value]

    public subscript(key: String) -> Value? {
        if let image { return image[key] }
        return decoded[key]
    }

    public var count: Int { image?.count ?? decoded.count }
    public var isEmpty: Bool { count == 0 }
    /// Every one, in no set order.
    public var values: [Value] { image?.all ?? Array(decoded.values) }
}

extension EntityTable: Equatable where Value: Equatable {
    /// The same keys with the same values, wherever each table keeps them.
    public static func == (a: Self, b: Self) -> Bool { a.dictionary == b.dictionary }

    private var dictionary: [String: Value] { image?.dictionary ?? decoded }
}
