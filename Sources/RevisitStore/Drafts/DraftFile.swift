import Foundation

/// An unsaved form kept when the terminal went away (SIGTERM, a dropped ssh session), to be
/// offered back at the next start, like an editor's swap file.
public struct Draft: Equatable, Sendable {
    /// Which form it is; the interface knows how to reopen each kind.
    public var kind: String
    /// What the form was about, for the offer ("call to 张伟 about RO-2026-0001").
    public var summary: String
    public var fields: [String: String]

    public init(kind: String, summary: String, fields: [String: String]) {
        self.kind = kind; self.summary = summary; self.fields = fields
    }
}

/// Each staff member's drafts in `STORE/drafts/LOGIN.json`, written atomically. A rep may
/// have Revisit open on two terminals: each keeps or forgets its own drafts under
/// `drafts/.lock`, so one never drops what the other kept.
public struct DraftFile {
    public let url: URL

    public init(store: URL, login: String) {
        url = store.appendingPathComponent("drafts").appendingPathComponent("\(login).json")
    }

    /// Adds `drafts` to those kept, newest first (once each).
    public func keep(_ drafts: [Draft]) throws {
        guard !drafts.isEmpty else { return }
        try changing { kept in drafts + kept.filter { !drafts.contains($0) } }
    }

    /// Forgets `drafts` (resumed or discarded), keeping any another process has added since.
    public func forget(_ drafts: [Draft]) throws {
        guard !drafts.isEmpty else { return }
        try changing { kept in kept.filter { !drafts.contains($0) } }
    }

    private func changing(_ change: ([Draft]) -> [Draft]) throws {
        let directory = url.deletingLastPathComponent()
        try FileModes.makeDirectory(directory)
        try FileLock(url: directory.appendingPathComponent(".lock")).withLock { try save(change(load())) }
    }

    public func load() -> [Draft] {
        guard let data = FileManager.default.contents(atPath: url.path),
              let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return list.compactMap { item in
            guard let kind = item["kind"] as? String, let fields = item["fields"] as? [String: String] else { return nil }
            return Draft(kind: kind, summary: item["summary"] as? String ?? "", fields: fields)
        }
    }

    /// Replaces the kept drafts; an empty list removes the file. Not under the lock: see `keep`.
    public func save(_ drafts: [Draft]) throws {
        guard !drafts.isEmpty else {
            try? FileManager.default.removeItem(at: url)
            return
        }
        try FileModes.makeDirectory(url.deletingLastPathComponent())
        let list = drafts.map { ["kind": $0.kind, "summary": $0.summary, "fields": $0.fields] as [String: Any] }
        let data = try JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys])
        try AtomicFile.write(data, to: url)
    }
}
