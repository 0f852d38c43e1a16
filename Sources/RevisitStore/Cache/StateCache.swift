import Foundation
import RevisitCore

/// `cache/state` beside the journal: the state as of a journal position, so opening a large
/// store reads that image and replays only the journal lines after it. The journal stays the
/// only record: the cache is rebuilt from it whenever it is missing, damaged, of another version,
/// or no longer matches the journal's bytes, and deleting it is always safe.
enum StateCache {
    static func url(in store: URL) -> URL { store.appendingPathComponent("cache/state") }

    /// How many bytes before each segment's position the cache keeps, to see the journal it was
    /// made from is still the one there (same bytes where it stopped reading).
    static let fingerprintBytes = 64

    // MARK: reading

    /// The state and the journal position it was made at. Throws `StateCacheError` when the
    /// cache cannot be used; the caller then reads the whole journal.
    static func load(store: URL, journal: URL) throws -> (state: StoreState, position: JournalPosition) {
        try opened(store: store, journal: journal) { file, position, sections in
            (try assemble(file, sections), position)
        }
    }

    private static func assemble(_ file: CacheReader, _ sections: [CacheFile.Section]) throws -> StoreState {
        let counts = Dictionary(uniqueKeysWithValues: StateImage.Section.allCases.map { ($0, sections[$0.rawValue].records) })
        let read = { @Sendable (wanted: [StateImage.Section], assembly: inout StateAssembly) throws in
            for section in wanted {
                try file.eachPiece(of: sections[section.rawValue]) { records, bytes in
                    try assembly.read(section, records: records, from: bytes, keptAliveBy: file.file)
                }
            }
        }
        let apart = StateImage.Section.readApart
        let readApart = BackgroundWork { () throws -> StateAssembly in
            var assembly = StateAssembly()
            assembly.reserve(counts, reading: apart)
            try read(apart, &assembly)
            return assembly
        }
        var assembly = StateAssembly()
        let rest = StateImage.Section.allCases.filter { !apart.contains($0) }
        assembly.reserve(counts, reading: rest)
        do {
            try read(rest, &assembly)
            try assembly.finish()
        } catch {
            // The other thread still reads its sections: let it finish before the error goes up.
            _ = try? readApart.wait()
            throw error
        }
        assembly.join(try readApart.wait())
        guard assembly.callsAreIndexed, assembly.visitsAreIndexed else {
            throw StateCacheError.damaged("\(file.path): its calls or visits are not all indexed")
        }
        return assembly.state
    }

    /// What `load` checks, without building the state: the journal position, and that every
    /// piece passes its check. Throws `StateCacheError` as `load` would.
    static func verify(store: URL, journal: URL) throws -> JournalPosition {
        try opened(store: store, journal: journal) { file, position, sections in
            for section in sections { try file.eachPiece(of: section) { _, _ in } }
            return position
        }
    }

    /// Opens the cache and hands `body` its pieces' places once its trailer is read and the
    /// journal checked against it.
    private static func opened<T>(store: URL, journal: URL,
                                  _ body: (CacheReader, JournalPosition, [CacheFile.Section]) throws -> T) throws -> T {
        let path = url(in: store).path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw errno == ENOENT ? StateCacheError.absent : StateCacheError.damaged("cannot open \(path)") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StateCacheError.damaged("cannot read \(path)") }
        let file = CacheReader(file: try MappedFile(fd: fd, size: Int(info.st_size), path: path), path: path)
        let (position, sections) = try readTrailer(file)
        try check(position, journal: journal)
        return try body(file, position, sections)
    }

    private static func readTrailer(_ file: CacheReader) throws -> (JournalPosition, [CacheFile.Section]) {
        let size = file.size
        guard size >= CacheFile.magic.count + CacheFile.footer else { throw StateCacheError.damaged("\(file.path) is too short") }
        let footer = try file.read(CacheFile.footer, at: size - CacheFile.footer)
        let at = Int(truncatingIfNeeded: CacheFile.word(footer, at: 0, as: UInt64.self))
        let length = Int(truncatingIfNeeded: CacheFile.word(footer, at: 8, as: UInt64.self))
        guard Array(footer[24...]) == CacheFile.magic, at >= CacheFile.magic.count, length >= 0,
              length == size - CacheFile.footer - at else { throw StateCacheError.damaged("\(file.path) has no footer") }
        let trailer = try file.read(length, at: at)
        guard trailer.withUnsafeBytes(ImageHash.of) == CacheFile.word(footer, at: 16, as: UInt64.self) else {
            throw StateCacheError.damaged("\(file.path): its trailer is damaged")
        }
        return try trailer.withUnsafeBytes { bytes in
            var r = ImageReader(bytes)
            let version = try r.int()
            guard version == StateImage.version else { throw StateCacheError.stale("version \(version), not \(StateImage.version)") }
            let lastSeq = try r.int()
            var segments: [(name: String, position: SegmentPosition)] = []
            for _ in 0 ..< max(0, try r.int()) {
                let name = try r.string()
                segments.append((name, SegmentPosition(offset: try r.int(), linesBefore: try r.int())))
            }
            var sections: [CacheFile.Section] = []
            for _ in StateImage.Section.allCases {
                let section = CacheFile.Section(start: try r.int(), end: try r.int(), records: try r.int())
                guard section.start >= CacheFile.magic.count, section.start <= section.end, section.end <= at else {
                    throw StateCacheError.damaged("\(file.path): a section lies outside the file")
                }
                sections.append(section)
            }
            let fingerprints = try segments.map { _ in Array(try r.stringBytes()) }
            return (JournalPosition(segments: segments, lastSeq: lastSeq, fingerprints: fingerprints), sections)
        }
    }

    /// The journal still holds, where the cache stopped reading each segment, the bytes it read
    /// there, and no segment the cache did not know has appeared before the last one it read.
    private static func check(_ position: JournalPosition, journal: URL) throws {
        for (i, segment) in position.segments.enumerated() {
            let now = fingerprint(of: journal.appendingPathComponent(segment.name).path, at: segment.position.offset)
            guard now == position.fingerprints[i] else { throw StateCacheError.stale("\(segment.name) has changed") }
        }
        let known = Set(position.segments.map(\.name))
        let last = position.segments.last?.name ?? ""
        if let unknown = try SegmentName.list(in: journal).first(where: { !known.contains($0) && $0 < last }) {
            throw StateCacheError.stale("segment \(unknown) is newer than the cache")
        }
    }

    /// The bytes just before `offset` in the segment, or nil when it is shorter than that.
    static func fingerprint(of path: String, at offset: Int) -> [UInt8]? {
        let count = min(offset, fingerprintBytes)
        return (try? SegmentFile.readTail(path, from: offset - count, size: offset)).map { Array($0) }
    }

    // MARK: writing

    /// Writes the cache for `state`, read up to `position`: a new file renamed over the old one,
    /// so a reader (in this process or another) sees the old cache or the new, never a mix.
    /// False, writing nothing, while another process writes one (reps opening a store together
    /// after a large import need only one of them to).
    static func save(_ state: StoreState, at position: JournalPosition, store: URL, journal: URL) throws -> Bool {
        let target = url(in: store)
        try FileModes.makeDirectory(target.deletingLastPathComponent())
        let writing = try FileLock(url: target.deletingLastPathComponent().appendingPathComponent(".lock"))
        guard try writing.tryLockExclusive() else { return false }
        defer { writing.unlock() }
        try AtomicFile.write(to: target) { fd, path in
            var offset = 0
            func put(_ bytes: [UInt8]) throws {
                try bytes.withUnsafeBytes { try FileModes.writeAll(fd, $0, path: path) }
                offset += bytes.count
            }
            try put(CacheFile.magic)
            var sections = [CacheFile.Section](repeating: CacheFile.Section(), count: StateImage.Section.allCases.count)
            for s in StateImage.Section.allCases { sections[s.rawValue].start = -1 }
            try StateImage.write(state) { section, records, bytes in
                if sections[section.rawValue].start < 0 { sections[section.rawValue].start = offset }
                try put(CacheFile.pieceHeader(bytes: bytes.count, records: records, hash: bytes.withUnsafeBytes(ImageHash.of)))
                try put(bytes)
                sections[section.rawValue].end = offset
                sections[section.rawValue].records += records
            }
            let trailer = try self.trailer(position, sections, endOfPieces: offset, journal: journal)
            try put(trailer)
            try put(CacheFile.footer(trailerAt: offset - trailer.count, length: trailer.count, hash: trailer.withUnsafeBytes(ImageHash.of)))
        }
        return true
    }

    /// What `readTrailer` reads: the version, the journal position with each segment's
    /// fingerprint, and where each section's pieces lie (an empty section at the pieces' end).
    private static func trailer(_ position: JournalPosition, _ sections: [CacheFile.Section], endOfPieces: Int,
                                journal: URL) throws -> [UInt8] {
        var w = ImageWriter()
        w.int(StateImage.version)
        w.int(position.lastSeq)
        w.int(position.segments.count)
        for segment in position.segments {
            w.string(segment.name); w.int(segment.position.offset); w.int(segment.position.linesBefore)
        }
        for s in sections {
            let start = s.start < 0 ? endOfPieces : s.start
            w.int(start); w.int(max(start, s.end)); w.int(s.records)
        }
        for segment in position.segments {
            guard let bytes = fingerprint(of: journal.appendingPathComponent(segment.name).path, at: segment.position.offset) else {
                throw StateCacheError.stale("\(segment.name) is shorter than what was read of it")
            }
            w.data(bytes)
        }
        return w.bytes
    }
}
