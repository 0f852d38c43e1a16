/// A percentage with one decimal, held as a whole number of tenths so that rounding is exact:
/// `part / whole × 100`, rounded half up (92.25 -> 92.3, never 92.2 from a binary fraction).
public struct Percentage: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 925 for 92.5 %.
    public let tenths: Int

    public init(tenths: Int) { self.tenths = tenths }

    /// nil when `whole` is zero: an empty figure, not zero.
    public init?(_ part: Int, of whole: Int) {
        guard whole > 0, part >= 0 else { return nil }
        // round(part * 1000 / whole) half up, in integers: floor((2 * part * 1000 + whole) / (2 * whole)).
        tenths = (2 * part * 1000 + whole) / (2 * whole)
    }

    /// The target from the config (a setting such as 93 or 92.5), to the nearest tenth.
    public init(setting value: Double) {
        tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
    }

    /// The difference `self - other` in tenths, as a percentage-point change (may be negative).
    public func change(from other: Percentage) -> Percentage { Percentage(tenths: tenths - other.tenths) }

    /// "92.5", "100.0", "-1.4".
    public var description: String {
        let sign = tenths < 0 ? "-" : ""
        let v = abs(tenths)
        return "\(sign)\(v / 10).\(v % 10)"
    }

    /// "+1.4", "-1.4", "0.0": a change, always signed unless zero.
    public var signedDescription: String { tenths > 0 ? "+" + description : description }

    public static func < (a: Percentage, b: Percentage) -> Bool { a.tenths < b.tenths }
}

/// A count of hits out of a count of cases: the raw material of every rate in the reports.
public struct Tally: Hashable, Sendable {
    public var hits = 0
    public var total = 0

    public init(hits: Int = 0, total: Int = 0) { self.hits = hits; self.total = total }

    public mutating func count(_ hit: Bool) {
        total += 1
        if hit { hits += 1 }
    }

    public var percentage: Percentage? { Percentage(hits, of: total) }

    public static func + (a: Tally, b: Tally) -> Tally { Tally(hits: a.hits + b.hits, total: a.total + b.total) }
}
