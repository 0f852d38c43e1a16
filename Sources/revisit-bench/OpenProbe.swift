import Foundation
import RevisitStore

/// How long opening a store takes inside the process, and what it found.
enum OpenProbe {
    static func run(store url: URL) throws {
        let (store, seconds) = try Stopwatch.time { try RevisitStore(opening: url) }
        let s = store.state
        print("open_s=\(String(format: "%.4f", seconds)) records=\(store.journalLastSeq)", memory(),
              "customers=\(s.customers.count) vehicles=\(s.vehicles.count) visits=\(s.visits.count)",
              "unreadable=\(store.unreadableEvents.count)")
        // The process ends here: leave the state to the OS instead of freeing it piece by piece.
        exit(0)
    }

    /// Resident memory now, anonymous (the state) and file-backed (mapped segments, code), in MB.
    static func memory() -> String {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let wanted = ["VmRSS", "RssAnon", "RssFile", "VmHWM"]
        return status.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, wanted.contains(String(parts[0])),
                  let kb = Int(parts[1].split(whereSeparator: \.isWhitespace).first ?? "") else { return nil }
            return "\(parts[0].lowercased())_mb=\(kb >> 10)"
        }.joined(separator: " ")
    }
}
