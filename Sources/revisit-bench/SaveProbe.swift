import Foundation
import RevisitCore
import RevisitStore

/// Logs calls the way a rep's screen does, one save each (`LogCall` through the store: lock,
/// catch up with others' writes, decide, append, fsync), and times each save:
/// `revisit-bench save STORE AS-OF COUNT [--as LOGIN] [--part K/N] [--ready FILE --go FILE]`.
///
/// With `--part K/N` it works the K-th of every N tasks of the queue at AS-OF (complaint recalls
/// left out: only the complaint's owner may log them), so N processes
/// started together never take the same task. With `--ready`/`--go` it opens the store and
/// reads the queue, touches the ready file, and starts saving only once the go file exists, so
/// N processes' saves overlap. Prints the save times and, one per line, the call ids it got.
enum SaveProbe {
    struct Options {
        var login: String?
        var part = (index: 0, of: 1)
        var ready: URL?
        var go: URL?
    }

    static func run(store url: URL, asOf now: CivilTime, count: Int, options: Options) throws {
        let store = try RevisitStore(opening: url)
        let member = options.login.map { store.staff[$0] } ?? store.staff.members.first { $0.role == .rep }
        guard let actor = member else { throw BenchError("no such staff member \(options.login ?? "(a rep)")") }
        let tasks = dueTasks(store, now, options).prefix(count)
        guard tasks.count == count else { throw BenchError("only \(tasks.count) due tasks for part \(options.part)") }
        if let ready = options.ready, let go = options.go {
            FileManager.default.createFile(atPath: ready.path, contents: nil)
            while !FileManager.default.fileExists(atPath: go.path) { usleep(1000) }
        }
        var seconds: [Double] = []
        var ids: [String] = []
        let start = Stopwatch.now()
        for task in tasks {
            var call = LogCall(taskID: task.id, outcome: .reached, config: store.config)
            switch task.kind {
            case .satisfaction: for question in store.config.survey { call.ratings[question.id] = 5 }
            case .winBack: call.cause = .distance
            default: break
            }
            call.overall = 5
            call.words = "服务很好, 顾问解释得很清楚 (benchmark save)"
            let (logged, took) = try Stopwatch.time { try store.perform(call, as: actor, now: now) }
            seconds.append(took)
            ids.append(logged.id)
        }
        let end = Stopwatch.now()
        let ms = seconds.map { $0 * 1000 }
        print("saves=\(ms.count) p99_ms=\(String(format: "%.2f", Stats.percentile(99, of: ms)))",
              "p50_ms=\(String(format: "%.2f", Stats.median(ms))) max_ms=\(String(format: "%.2f", ms.max() ?? 0))",
              "start=\(String(format: "%.6f", start)) end=\(String(format: "%.6f", end))")
        for id in ids { print("call=\(id)") }
        exit(0)
    }

    /// This process's part of the queue at `now`. Complaint recalls are left out: only the
    /// complaint's owner may log them. A function of its own so that its query, which holds a
    /// copy of the state, is gone before the first save (else that save copies what it changes).
    private static func dueTasks(_ store: RevisitStore, _ now: CivilTime, _ options: Options) -> [CallTask] {
        let query = TaskQuery(state: store.state, config: store.config, asOf: now)
        return CallQueue.due(query).filter { $0.kind != .complaintRecall }.enumerated()
            .filter { $0.offset % options.part.of == options.part.index }.map(\.element)
    }

    /// `revisit-bench verify-calls STORE IDS-FILE`: every call id listed (lines `call=ID`) is in
    /// the store exactly once, and no id is listed twice. Exit 1 otherwise.
    static func verify(store url: URL, ids file: URL) throws {
        let listed = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            .compactMap { $0.hasPrefix("call=") ? String($0.dropFirst(5)) : nil }
        let store = try RevisitStore(opening: url)
        var stored: [String: Int] = [:]
        for call in store.state.calls.calls { stored[call.id, default: 0] += 1 }
        let missing = listed.filter { stored[$0] == nil }
        let doubled = listed.filter { (stored[$0] ?? 0) > 1 }
        let listedTwice = Dictionary(grouping: listed, by: { $0 }).filter { $0.value.count > 1 }.keys
        print("listed=\(listed.count) missing=\(missing.count) duplicated=\(doubled.count + listedTwice.count)",
              "damage=\(store.damage.count) unreadable=\(store.unreadableEvents.count)")
        exit(missing.isEmpty && doubled.isEmpty && listedTwice.isEmpty && store.damage.isEmpty ? 0 : 1)
    }
}
