import Foundation

/// `journal/quarantine/`: exact copies of damaged lines and torn tails, never overwritten.
struct Quarantine {
    let directory: URL

    init(journal: URL) {
        directory = journal.appendingPathComponent("quarantine", isDirectory: true)
    }

    static func baseName(segment: String, offset: Int, torn: Bool) -> String {
        "\(segment)-\(offset).\(torn ? "torn" : "bad")"
    }

    /// Stores `bytes` under `baseName` (or `baseName.N` if a different copy already has that name)
    /// and returns the file name. An identical existing copy is reused.
    func store(_ bytes: Data, baseName: String) throws -> String {
        try FileModes.makeDirectory(directory)
        let slot = find(bytes, baseName: baseName)
        if !slot.exists { try AtomicFile.write(bytes, to: directory.appendingPathComponent(slot.name)) }
        return slot.name
    }

    /// The name of an existing copy of `bytes` (for read-only checks), if there is one.
    func existingCopy(of bytes: Data, baseName: String) -> String? {
        let slot = find(bytes, baseName: baseName)
        return slot.exists ? slot.name : nil
    }

    /// The identical copy if present, else the first free name.
    private func find(_ bytes: Data, baseName: String) -> (name: String, exists: Bool) {
        var name = baseName
        var attempt = 1
        while let existing = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) {
            if existing == bytes { return (name, true) }
            name = "\(baseName).\(attempt)"
            attempt += 1
        }
        return (name, false)
    }
}
