import Foundation

/// Medians and percentiles over measured samples (nearest-rank, so a p99 is a real sample).
enum Stats {
    static func median(_ samples: [Double]) -> Double { percentile(50, of: samples) }

    static func percentile(_ p: Double, of samples: [Double]) -> Double {
        precondition(!samples.isEmpty, "no samples")
        let sorted = samples.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    static func format(_ seconds: Double) -> String { String(format: "%.4f", seconds) }
}
