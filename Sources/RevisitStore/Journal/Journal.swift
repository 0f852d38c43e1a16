import Foundation

/// The append-only journal of a store, shared by several processes.
///
/// Each `append` is one batch, written with one `write` and committed as a whole: lines of a batch
/// whose closing line is missing (a writer killed mid-write) are never read, and the next append
/// moves them to quarantine (see `BatchTail`).
///
/// One instance per process per store. Not thread-safe: use it from one thread (or actor) only.
/// Readers take a shared `flock` on `journal/.lock` while reading, writers an exclusive one, so a
/// reader never sees a half-written line being repaired under it.
///
/// Every record is handed to an instance once: `readNew`/`scanNew` return what arrived since the
/// last read, and `append` hands the records it caught up on to `decide` and returns its own
/// committed records; neither comes back from a later `readNew`.
public final class Journal {
    public let directory: URL
    /// Damage found while reading, in the order it was found.
    public private(set) var damage: [JournalDamage] = []

    private let clock: () -> String
    private let lock: FileLock
    private let quarantine: Quarantine
    private var reader: JournalReader
    private var positions: [String: SegmentPosition] = [:]
    private var segments: [String] = []
    /// What `hasNewData` compares against: the directory's mtime and the newest segment's size.
    private var seenDirectoryStamp = timespec()
    private var seenNewestSize = 0

    /// Opens (creating with mode 0750 if missing) the journal directory `<store>/journal`.
    /// `clock` returns the write time, `YYYY-MM-DDTHH:MM:SS±HH:MM`; the default is local wall time.
    public init(directory: URL, clock: @escaping () -> String = SystemClock.now) throws {
        self.directory = directory
        self.clock = clock
        try FileModes.makeDirectory(directory)
        lock = try FileLock(url: directory.appendingPathComponent(".lock"))
        quarantine = Quarantine(journal: directory)
        reader = JournalReader(directory: directory)
    }

    /// The highest seq this instance has seen or written (0 before the first read).
    public var lastSeq: Int { reader.lastSeq }

    /// Records appended by others since the last call, in seq order. Complete lines only.
    public func readNew() throws -> [JournalRecord] {
        var records: [JournalRecord] = []
        try lock.withLock(shared: true) {
            try rollingBackOnFailure { try catchUp(repairing: false) { records.append($0.record) } }
        }
        return records
    }

    /// Calls `body` once per good record since the last read. If `body` throws, reading stops and
    /// that record is offered again by the next read.
    public func scanNew(_ body: (RecordView) throws -> Void) throws {
        try lock.withLock(shared: true) { try catchUp(repairing: false, body) }
    }

    /// `scanNew` for a large catch-up, on every core: worker threads parse the lines and run a
    /// decoder from `makeDecoder` on them (one per chunk of lines), and `use` receives the results
    /// on the calling thread in seq order, with damage recorded as by `scanNew`. The decoders run
    /// alongside `use` and each other, so they must not touch what `use` changes.
    ///
    /// When there is much to read, `prepare` first gets how many new lines there are of each
    /// type (an upper bound: damaged lines count too), to make room for them; else nothing.
    public func scanNew<T: Sendable>(decodingWith makeDecoder: @escaping @Sendable () -> (RecordView) -> T,
                                     prepare: ([String: Int]) -> Void = { _ in },
                                     _ use: (T) throws -> Void) throws {
        try lock.withLock(shared: true) {
            if let counts = try censusOfNewLines() { prepare(counts) }
            try catchUp(repairing: false, readingWith: { segment, position in
                try reader.read(segment: segment, position: &position, decodingWith: makeDecoder) { event in
                    switch event {
                    case .record(let value): try use(value)
                    case .damaged(let kind, let location): record(kind, in: segment, at: location)
                    }
                }
            })
        }
    }

    /// Under the exclusive lock: catches up, hands the records found to `decide`, then appends what
    /// it returns, fsyncs and unlocks. Returns the committed records. If `decide` throws, nothing is
    /// written and the error propagates. An empty batch writes nothing.
    ///
    /// `alongside` runs once the batch is known to be valid: for a batch of `concurrentBatch`
    /// records or more on this thread while the batch is encoded and written on others (so if the
    /// write then fails, it has run), for a smaller one after the write. Not when nothing is written.
    ///
    /// With `readingBack`, the read position stays before the batch, so the next read offers its
    /// records as it offers other processes' ones.
    @discardableResult
    public func append(_ decide: ([JournalRecord]) throws -> [PendingRecord],
                       alongside: (() -> Void)? = nil, readingBack: Bool = false) throws -> [JournalRecord] {
        try lock.withLock {
            var caughtUp: [JournalRecord] = []
            try rollingBackOnFailure { try catchUp(repairing: true) { caughtUp.append($0.record) } }
            let pending = try decide(caughtUp)
            guard !pending.isEmpty else { return [] }
            let concurrent = pending.count >= Self.concurrentBatch
            let committed = try write(pending, whileWriting: concurrent ? alongside : nil, readingBack: readingBack)
            if !concurrent { alongside?() }
            return committed
        }
    }

    /// From how many records on a batch is written on another thread while `alongside` runs.
    public static let concurrentBatch = 4096

    /// How far this instance has read: each segment's position, and the last seq.
    var readPosition: JournalPosition {
        JournalPosition(segments: segments.compactMap { name in positions[name].map { (name, $0) } }, lastSeq: reader.lastSeq)
    }

    /// Goes on from `position` (read before, by this process or another) as if it had read up
    /// to there itself. Only before the first read.
    func resume(at position: JournalPosition) {
        precondition(positions.isEmpty && reader.lastSeq == 0, "resume only a journal not read yet")
        for (name, at) in position.segments { positions[name] = at }
        segments = position.segments.map(\.name)
        reader.lastSeq = position.lastSeq
    }

    /// Forgets everything read, so the next read starts from the first line again and finds any
    /// damage afresh: for a reader that must rebuild what it made of the journal.
    public func rewind() {
        (positions, segments, damage) = ([:], [], [])
        reader = JournalReader(directory: directory)
        (seenDirectoryStamp, seenNewestSize) = (timespec(), 0)
    }

    /// Cheap check (two `stat`s, no lock) whether anything may have been appended since the last read.
    public func hasNewData() -> Bool {
        var info = stat()
        guard stat(directory.path, &info) == 0 else { return false }
        if info.st_mtim.tv_sec != seenDirectoryStamp.tv_sec || info.st_mtim.tv_nsec != seenDirectoryStamp.tv_nsec {
            return true
        }
        guard let newest = segments.last,
              stat(directory.appendingPathComponent(newest).path, &info) == 0 else { return false }
        return Int(info.st_size) != seenNewestSize
    }

    // MARK: - Reading

    /// The types of the lines after every segment's position, or nil when there are fewer new
    /// bytes than a census pays for.
    private func censusOfNewLines(minimumBytes: Int = 2 << 20) throws -> [String: Int]? {
        let pending = try SegmentName.list(in: directory).map { ($0, positions[$0]?.offset ?? 0) }
        let newBytes = pending.reduce(0) { total, segment in
            var info = stat()
            let path = directory.appendingPathComponent(segment.0).path
            return total + (stat(path, &info) == 0 ? max(0, Int(info.st_size) - segment.1) : 0)
        }
        guard newBytes >= minimumBytes else { return nil }
        var counts: [String: Int] = [:]
        for (segment, offset) in pending {
            let path = directory.appendingPathComponent(segment).path
            let found = try SegmentFile.withBytes(path, from: offset) { bytes, _ in LineCensus.count(bytes) }
            counts.merge(found, uniquingKeysWith: +)
        }
        return counts
    }

    /// For callers that collect records and hand them over only at the end: if reading fails
    /// half-way, the cursors go back so the records collected so far are read again next time
    /// rather than lost. Unfinished saves already repaired stay reported (they will not be seen again).
    private func rollingBackOnFailure(_ body: () throws -> Void) throws {
        let saved = (positions, reader, segments, damage.count)
        do {
            try body()
        } catch {
            let repaired = damage[saved.3...].filter(\.kind.isUnfinishedSave)
            (positions, reader, segments) = (saved.0, saved.1, saved.2)
            damage = Array(damage[..<saved.3]) + repaired
            throw error
        }
    }

    private func catchUp(repairing: Bool, _ body: (RecordView) throws -> Void) throws {
        try catchUp(repairing: repairing, readingWith: { segment, position in
            try reader.read(segment: segment, position: &position) { event in
                switch event {
                case .record(let view): try body(view)
                case .damaged(let kind, let location): record(kind, in: segment, at: location)
                }
            }
        })
    }

    /// Reads every segment's new lines with `readSegment`, which returns where the segment ends.
    private func catchUp(repairing: Bool, readingWith readSegment: (String, inout SegmentPosition) throws -> SegmentEnd) throws {
        var info = stat()
        if stat(directory.path, &info) == 0 { seenDirectoryStamp = info.st_mtim }
        segments = try SegmentName.list(in: directory)
        for segment in segments {
            var position = positions[segment] ?? SegmentPosition()
            defer { positions[segment] = position }
            let end = try readSegment(segment, &position)
            if repairing, let unfinished = end.unfinishedSave(after: position) {
                try repairUnfinishedSave(unfinished, segment: segment, at: position, size: end.size)
            }
            seenNewestSize = repairing ? position.offset : end.size
        }
    }

    /// A damaged complete line stays in the segment; its copy in quarantine is a convenience, so a
    /// reader that cannot write there still reads (and reports) everything else.
    private func record(_ kind: JournalDamage.Kind, in segment: String, at location: LineLocation) {
        let name = try? quarantine.store(Data(location.bytes),
                                         baseName: Quarantine.baseName(segment: segment, offset: location.offset, torn: false))
        damage.append(JournalDamage(segment: segment, line: location.number, offset: location.offset,
                                    kind: kind, quarantine: name))
    }

    /// Only called holding the exclusive lock, when no writer can be mid-write: an unfinished batch
    /// or partial last line is a write cut short. Its bytes are copied to quarantine before the
    /// segment is cut back, so a save is never half there.
    private func repairUnfinishedSave(_ kind: JournalDamage.Kind, segment: String, at position: SegmentPosition,
                                      size: Int) throws {
        let path = directory.appendingPathComponent(segment).path
        let tail = try SegmentFile.readTail(path, from: position.offset, size: size)
        let name = try quarantine.store(tail, baseName: Quarantine.baseName(segment: segment, offset: position.offset, torn: true))
        try SegmentFile.truncate(path, to: position.offset)
        damage.append(JournalDamage(segment: segment, line: position.linesBefore + 1, offset: position.offset,
                                    kind: kind, quarantine: name))
    }

    // MARK: - Writing

    private func write(_ pending: [PendingRecord], whileWriting alongside: (() -> Void)?,
                       readingBack: Bool) throws -> [JournalRecord] {
        for (index, record) in pending.enumerated() {
            if let problem = RecordRules.problem(with: record) {
                throw JournalError.invalidRecord(index: index, reason: problem)
            }
        }
        let time = clock()
        guard RecordRules.isValidTime(time) else { throw JournalError.badClock(time) }
        // Never write into a segment older than the newest one (a clock set back across a month
        // boundary), so reading segments in name order still yields increasing seqs.
        let segment = max(SegmentName.forTime(time), segments.last ?? "")
        let firstSeq = reader.lastSeq + 1
        let url = directory.appendingPathComponent(segment)
        let writing = { @Sendable () throws -> (sizeBefore: Int, count: Int, committed: [JournalRecord]) in
            let bytes = Self.lines(of: pending, firstSeq: firstSeq, time: time)
            let sizeBefore = try SegmentFile.appendDurably(bytes, to: url)
            let committed = pending.enumerated().map { index, record in
                JournalRecord(seq: firstSeq + index, time: time, author: record.author, type: record.type, fields: record.fields)
            }
            return (sizeBefore, bytes.count, committed)
        }
        let written: (sizeBefore: Int, count: Int, committed: [JournalRecord])
        if let alongside {
            let background = BackgroundWork(writing)
            alongside()
            written = try background.wait()
        } else {
            written = try writing()
        }
        guard !readingBack else { return written.committed }
        var position = positions[segment] ?? SegmentPosition()
        if position.offset == written.sizeBefore {
            position.offset += written.count
            position.linesBefore += pending.count
            positions[segment] = position
        }
        if !segments.contains(segment) { segments.append(segment) }
        seenNewestSize = written.sizeBefore + written.count
        reader.lastSeq += pending.count
        return written.committed
    }

    /// The batch's lines; a large batch is encoded in pieces on every core, then joined.
    private static func lines(of pending: [PendingRecord], firstSeq: Int, time: String) -> [UInt8] {
        InPieces.joined(0 ..< pending.count, pieceSize: 16_384) { indexes in
            var bytes: [UInt8] = []
            for index in indexes {
                LineFormat.appendLine(seq: firstSeq + index, moreFollows: index < pending.count - 1, time: time,
                                      record: pending[index], to: &bytes)
            }
            return bytes
        }
    }
}
