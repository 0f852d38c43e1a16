import Foundation
import RevisitCore

/// A read-only verification of a whole store: config, staff, every journal line and event.
public struct StoreCheck {
    public var findings: [String] = []
    /// Worth knowing but not damage: an unfinished save cut off by a killed process, which the
    /// next save moves to quarantine.
    public var notes: [String] = []
    public var records = 0
    public var isHealthy: Bool { findings.isEmpty }

    public var summary: String {
        isHealthy ? "ok: \(records) records, no damage" : "damaged: \(findings.count) problem(s) in \(records) readable records"
    }

    public static func run(_ directory: URL) throws(StoreError) -> StoreCheck {
        var check = StoreCheck()
        let store: RevisitStore
        // Every line is read and decoded, and nothing is written (not even the state cache).
        do { store = try RevisitStore(opening: directory, cacheAfterLines: .max, readingCache: false) } catch {
            guard error.isDamage else { throw error }
            check.findings.append(error.description)
            return check
        }
        do {
            for d in try Journal.check(directory: directory.appendingPathComponent("journal")) {
                if d.kind.isUnfinishedSave {
                    check.notes.append("journal: \(d): an unfinished save; the next save moves it to quarantine")
                } else {
                    check.findings.append("journal: \(d)")
                }
            }
        } catch { throw .io("cannot check the journal: \(error)") }
        check.findings += store.unreadableEvents.map { "journal: event \($0)" }
        check.records = Int(store.journalLastSeq)
        check.notes.append("state cache: \(store.stateCacheStanding())")
        return check
    }
}
