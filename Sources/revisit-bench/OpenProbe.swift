import Foundation
import RevisitStore

/// How long opening a store takes inside the process, and what it found.
enum OpenProbe {
    static func run(store url: URL) throws {
        let (store, seconds) = try Stopwatch.time { try RevisitStore(opening: url) }
        let s = store.state
        print("open_s=\(String(format: "%.4f", seconds)) records=\(store.journalLastSeq)",
              "customers=\(s.customers.count) vehicles=\(s.vehicles.count) visits=\(s.visits.count)",
              "unreadable=\(store.unreadableEvents.count)")
        // The process ends here: leave the state to the OS instead of freeing it piece by piece.
        exit(0)
    }
}
