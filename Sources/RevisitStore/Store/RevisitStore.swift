import Foundation
import RevisitCore

/// One store directory, opened by one process: config, staff and the state rebuilt from the
/// journal. Every change goes through `perform`, which decides under the journal's lock
/// against everything other processes wrote first. Not thread-safe: use from one task.
public final class RevisitStore {
    public let directory: URL
    public private(set) var config: ShopConfig
    public private(set) var staff: StaffDirectory
    public private(set) var state = StoreState()
    /// What changed the state since it was loaded, for views that update instead of recomputing.
    public private(set) var recentEvents = RecentEvents()
    private var isLoaded = false
    /// Stored lines that passed their checksum but could not be understood as events.
    public private(set) var unreadableEvents: [String] = []
    let journal: Journal
    private var staffStamp: Date?

    public var damage: [JournalDamage] { journal.damage }

    /// What reading the journal left out, worded as `revisit check` words it: damaged lines and
    /// events this version cannot read, whose content is missing from the state. Not a save cut
    /// short by a killed process: that save never happened, and the next one tidies it away.
    public var leftOut: [String] {
        journal.damage.filter { !$0.kind.isUnfinishedSave }.map(\.description) + unreadableEvents
    }
    public var journalLastSeq: Int { journal.lastSeq }
    /// Cheap: whether another process may have appended since the last refresh.
    public func hasNewData() -> Bool { journal.hasNewData() }

    public static func exists(at directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(ConfigFile.name).path)
    }

    /// Creates a new store with default settings; the given member becomes its admin. With a
    /// `group`, the store is shared with that group of the server's users (see `FileModes`).
    public static func create(at directory: URL, config: ShopConfig = ShopConfig(), admin: StaffMember,
                              sharedWith group: String? = nil) throws(StoreError) {
        guard !exists(at: directory) else { throw .alreadyExists("\(directory.path) already holds a store") }
        var staff = StaffDirectory()
        do { try staff.add(admin) } catch { throw .badStaff("\(error)") }
        var gid: gid_t?
        if let group { gid = try StoreSharing.groupID(group) }
        do {
            // Shared only when asked: a store made in a set-group-ID folder (Debian's /usr/local) is not its group's to write.
            if let gid { try FileModes.makeSharedDirectory(directory, group: gid) } else { try FileModes.makeDirectory(directory, mode: FileModes.directory) }
            try AtomicFile.write(Data(ConfigFile.render(config).utf8), to: directory.appendingPathComponent(ConfigFile.name))
            try AtomicFile.write(Data(StaffFile.render(staff).utf8), to: directory.appendingPathComponent(StaffFile.name))
            _ = try Journal(directory: directory.appendingPathComponent("journal"))
        } catch let e as StoreError { throw e } catch { throw .io("cannot create store at \(directory.path): \(error)") }
    }

    /// Whether opening read the state cache (then only the journal lines after it).
    public private(set) var openedFromCache = false

    /// Opens the store from its state cache and the journal lines after it (from the whole
    /// journal when `readingCache` is false, or the cache cannot be used); when that replays
    /// `cacheAfterLines` lines or more, the cache is written afresh so the next open replays fewer.
    /// `readingWholeJournal` is called before the whole journal is read, which takes seconds on a
    /// large store, so that a program can say why it waits.
    public init(opening directory: URL, cacheAfterLines: Int = 20_000, readingCache: Bool = true,
                readingWholeJournal: () -> Void = {}) throws(StoreError) {
        guard Self.exists(at: directory) else { throw MissingStore.error(at: directory) }
        self.directory = directory
        config = try ConfigFile.parse(try StoreFiles.text(directory.appendingPathComponent(ConfigFile.name)))
        staff = try StaffFile.parse(try StoreFiles.text(directory.appendingPathComponent(StaffFile.name)))
        staffStamp = StoreFiles.modified(directory.appendingPathComponent(StaffFile.name))
        do { journal = try Journal(directory: directory.appendingPathComponent("journal")) }
        catch { throw .io("cannot open the journal in \(directory.path): \(error)") }
        if readingCache, let cached = try? StateCache.load(store: directory, journal: journal.directory) {
            state = cached.state
            journal.resume(at: cached.position)
            openedFromCache = true
        } else {
            readingWholeJournal()
        }
        let replayed = try readNew()
        isLoaded = true
        if replayed >= cacheAfterLines { _ = try? saveStateCache() }
    }

    /// Writes the state cache (see `StateCache`) for what has been read so far. Not when the
    /// journal had damage or lines that could not be understood: such a store is read from its
    /// journal every time, so every open reports them. Not either while another process writes
    /// one. False when nothing was written for one of those reasons.
    @discardableResult
    public func saveStateCache() throws -> Bool {
        guard journal.damage.isEmpty, unreadableEvents.isEmpty else { return false }
        return try StateCache.save(state, at: journal.readPosition, store: directory, journal: journal.directory)
    }

    /// Whether the state cache would be used by the next open, and if not, why.
    public func stateCacheStanding() -> String {
        do {
            let position = try StateCache.verify(store: directory, journal: journal.directory)
            return "up to date to seq \(position.lastSeq) of \(journal.lastSeq)"
        } catch StateCacheError.absent {
            return "none; opening reads the whole journal"
        } catch {
            return "not used (\(error)); the next open reads the whole journal"
        }
    }

    /// Picks up what other processes appended (and staff changes). True if anything changed.
    /// A staff file that does not read (an admin halfway through an edit) leaves the last list
    /// in force and is tried again at the next refresh; it never stops the journal being followed.
    @discardableResult
    public func refresh() throws(StoreError) -> Bool {
        let appended = try readNew()
        let staffChanged = (try? reloadStaffIfChanged()) ?? false
        return appended > 0 || staffChanged
    }

    /// Applies the journal lines appended since the last read; returns how many there were.
    private func readNew() throws(StoreError) -> Int {
        var count = 0
        do {
            try journal.scanNew(decodingWith: Replayed.decoder, prepare: { state.reserveCapacity(forNew: $0) }) { replayed in
                count += 1
                switch replayed {
                case .event(let event): apply(event)
                case .call(let logged): apply(logged)
                case .unreadable(let why): unreadableEvents.append(why)
                }
            }
        } catch { throw .io("cannot read the journal: \(error)") }
        return count
    }

    /// How many events make a batch worth sizing the state for first (an import); smaller ones
    /// let the indexes grow as they do.
    static let largeBatch = 4096

    /// Runs a command under the lock and returns its outcome once the events are on disk.
    ///
    /// A large batch is applied to the state while the journal writes it; should that write fail,
    /// the state is rebuilt from the journal, so it never holds what is not on disk.
    ///
    /// Without `applying`, the state takes the command's events only when the next `refresh` or
    /// `perform` reads them back from the journal, as it takes another process's: for a process
    /// that ends after the command, which would otherwise apply a whole import for nothing.
    public func perform<C: Command>(_ command: C, as actor: StaffMember, now: CivilTime,
                                    applying: Bool = true) throws -> C.Outcome {
        var outcome: C.Outcome?
        var decided: [any DomainEvent] = []
        var applied = false
        var committed: [JournalRecord] = []
        if command.mayChangeDirectory { state.decodeDirectory() }
        do {
            committed = try journal.append({ newRecords in
                for r in newRecords { self.apply(r) }
                let context = CommandContext(state: self.state, staff: self.staff, actor: actor, now: now)
                let (events, out) = try command.decide(context)
                outcome = out
                decided = events
                return InPieces.mapEach(events.indices, pieceSize: 16_384) { PendingRecord(events[$0], author: actor.login) }
            }, alongside: applying ? {
                self.apply(decided)
                applied = true
            } : nil, readingBack: !applying)
        } catch {
            if applied { try? reloadFromTheStart() }
            throw error
        }
        if decided.count >= Self.largeBatch {
            ReleaseInBackground.release((decided, committed))
            (decided, committed) = ([], [])
        }
        return outcome!
    }

    private func apply(_ events: [any DomainEvent]) {
        if events.count >= Self.largeBatch {
            var counts: [String: Int] = [:]
            for e in events { counts[type(of: e).type, default: 0] += 1 }
            state.reserveCapacity(forNew: counts)
        }
        for e in events { e.apply(to: &state) }
        if isLoaded { recentEvents.append(contentsOf: events) }
    }

    /// A fresh state read from the whole journal, as when the store was opened.
    private func reloadFromTheStart() throws(StoreError) {
        (state, recentEvents, unreadableEvents, isLoaded, openedFromCache) = (StoreState(), RecentEvents(), [], false, false)
        journal.rewind()
        try refresh()
        isLoaded = true
    }

    /// Adds a staff member: staff.toml is re-read and rewritten atomically under its own lock.
    public func addStaff(_ member: StaffMember) throws {
        try changeStaff { try $0.add(member) }
    }

    /// Changes a member (see `StaffDirectory.update`); returns them as saved.
    @discardableResult
    public func updateStaff(_ login: String, _ change: (inout StaffMember) -> Void) throws -> StaffMember? {
        try changeStaff { try $0.update(login, change) }
        return staff[login]
    }

    /// Reads the staff file again under its lock, changes it and writes it whole, so two
    /// admins' changes never undo each other.
    private func changeStaff(_ change: (inout StaffDirectory) throws -> Void) throws {
        let file = directory.appendingPathComponent(StaffFile.name)
        try FileLock(url: directory.appendingPathComponent(".staff.lock")).withLock {
            var current = try StaffFile.parse(try StoreFiles.text(file))
            try change(&current)
            try AtomicFile.write(Data(StaffFile.render(current).utf8), to: file)
            staff = current
        }
        staffStamp = StoreFiles.modified(file)
    }

    private func reloadStaffIfChanged() throws(StoreError) -> Bool {
        let file = directory.appendingPathComponent(StaffFile.name)
        let stamp = StoreFiles.modified(file)
        guard stamp != staffStamp else { return false }
        staff = try StaffFile.parse(try StoreFiles.text(file))
        staffStamp = stamp
        return true
    }

    private func apply<Event: DomainEvent>(_ event: Event) {
        event.apply(to: &state)
        if isLoaded { recentEvents.append(event) }
    }

    private func apply(_ record: JournalRecord) {
        do {
            apply(try EventRegistry.decode(type: record.type, fields: record))
        } catch {
            unreadableEvents.append("seq \(record.seq): \(error)")
        }
    }
}
