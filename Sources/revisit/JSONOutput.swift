import Foundation

enum JSONOutput {
    /// Pretty, key-sorted JSON with CJK written as-is (not \u escapes).
    static func string(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object,
                                              options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func value(_ v: (any CustomStringConvertible)?) -> Any { v.map { $0.description } ?? NSNull() }
}
