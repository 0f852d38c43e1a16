import Foundation

extension Journal {
    /// Verifies every segment read-only (it writes, repairs and creates nothing) and returns all
    /// damage: bad checksums, malformed lines, seqs not increasing, torn tails and unfinished
    /// batches, unreadable files.
    /// Damaged lines that an earlier read already copied to quarantine name that copy.
    public static func check(directory: URL) throws -> [JournalDamage] {
        let lock = try? FileLock(existing: directory.appendingPathComponent(".lock"))
        try lock?.lockShared()
        defer { lock?.unlock() }
        let quarantine = Quarantine(journal: directory)
        var reader = JournalReader(directory: directory)
        var found: [JournalDamage] = []
        for segment in try SegmentName.list(in: directory) {
            var position = SegmentPosition()
            do {
                let end = try reader.read(segment: segment, position: &position) { event in
                    guard case .damaged(let kind, let location) = event else { return }
                    let copy = quarantine.existingCopy(
                        of: Data(location.bytes),
                        baseName: Quarantine.baseName(segment: segment, offset: location.offset, torn: false))
                    found.append(JournalDamage(segment: segment, line: location.number, offset: location.offset,
                                               kind: kind, quarantine: copy))
                }
                if let unfinished = end.unfinishedSave(after: position) {
                    found.append(JournalDamage(segment: segment, line: position.linesBefore + 1,
                                               offset: position.offset, kind: unfinished))
                }
            } catch {
                found.append(JournalDamage(segment: segment, line: position.linesBefore + 1, offset: position.offset,
                                           kind: .unreadable(reason: "\(error)")))
            }
        }
        return found
    }
}
