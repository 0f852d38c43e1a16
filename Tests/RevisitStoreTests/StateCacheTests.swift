import Foundation
import XCTest
import RevisitCore
@testable import RevisitStore

/// The state cache beside the journal: a store opened from it holds exactly what one opened
/// from the journal alone holds, lines written after it are read on top, and a cache that is
/// damaged, of another store or of another version is ignored (the journal is read instead).
final class StateCacheTests: XCTestCase {
    static let today = CivilDate("2026-03-15")!
    let boss = StaffMember(login: "boss", name: "Boss", role: .admin)
    var directory: URL!
    var cacheURL: URL { StateCache.url(in: directory) }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("revisit-cache-\(UUID().uuidString)")
        try Self.makeDemoStore(at: directory, customers: 200, seed: 5)
        try editTheDemo()
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static func makeDemoStore(at directory: URL, customers: Int, seed: UInt64) throws {
        try RevisitStore.create(at: directory, admin: StaffMember(login: "boss", name: "Boss", role: .admin))
        let store = try RevisitStore(opening: directory)
        for member in DemoGenerator.staff { try store.addStaff(member) }
        var generator = DemoGenerator(customers: customers, seed: seed, today: today)
        let appender = try BackgroundAppender(store: directory, author: "boss")
        var history = DemoHistory(state: StoreState(), staff: store.staff, seed: seed, today: today)
        history.writer = { appender.append($0) }
        _ = history.importOrders(generator.repairOrders(), as: "boss", at: CivilTime(date: today, hour: 8))
        history.addCalls(config: ShopConfig())
        history.addComplaints()
        try history.finish()
        try appender.finish()
    }

    struct Save: Command {
        var events: [any DomainEvent]
        func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: Int) {
            (events, events.count)
        }
    }

    func save(_ events: [any DomainEvent], in store: RevisitStore? = nil) throws {
        let store = try store ?? RevisitStore(opening: directory)
        _ = try store.perform(Save(events: events), as: boss, now: CivilTime(date: Self.today, hour: 9))
    }

    /// Edits whose order the indexes remember: a visit moved to another customer and to another
    /// day, a vehicle sold on, a customer's phones changed, claims taken and released.
    func editTheDemo() throws {
        let state = try RevisitStore(opening: directory).state
        let (first, second) = (state.customerIDs[0], state.customerIDs[1])
        var moved = try XCTUnwrap(state.visits.first { $0.customerID == first })
        moved.customerID = second
        moved.deliveredAt = CivilTime(minutes: moved.deliveredAt.minutes - 3 * 24 * 60)
        var sold = try XCTUnwrap(state.vehicles(of: second).first)
        sold.ownerID = first
        var renamed = try XCTUnwrap(state.customers[first])
        renamed.phones = ["13700000001"] + renamed.phones
        let at = CivilTime(date: Self.today, hour: 9)
        let claim = Claim(login: "li.na", at: at, until: CivilTime(minutes: at.minutes + 15))
        try save([VisitSaved(moved), VehicleSaved(sold), CustomerSaved(renamed),
                  TaskClaimed(taskID: "sat:\(moved.roNumber)", claim: claim),
                  TaskClaimed(taskID: "task-a", claim: claim), TaskClaimed(taskID: "task-b", claim: claim),
                  TaskReleased(taskID: "task-b", login: "li.na", at: at)])
    }

    func openWithoutCache() throws -> RevisitStore {
        try? FileManager.default.removeItem(at: cacheURL)
        let store = try RevisitStore(opening: directory, cacheAfterLines: .max)
        XCTAssertFalse(store.openedFromCache)
        return store
    }

    func testAStoreOpenedFromTheCacheHoldsWhatTheJournalSays() throws {
        let fromJournal = try openWithoutCache()
        XCTAssertTrue(try fromJournal.saveStateCache())
        let fromCache = try RevisitStore(opening: directory)
        XCTAssertTrue(fromCache.openedFromCache)
        XCTAssertGreaterThan(fromCache.state.calls.calls.count, 300)
        XCTAssertGreaterThan(fromCache.state.complaints.count, 3)
        StateComparison.assertSame(fromCache.state, fromJournal.state)
        XCTAssertEqual(fromCache.journalLastSeq, fromJournal.journalLastSeq)
    }

    /// A state read from the cache keeps the calls, customers and vehicles as the mapped file's
    /// bytes (see `KeptBytes`): they stay readable after the store that read them is gone and
    /// the file is removed, or replaced by another process's new cache.
    func testAStateReadFromTheCacheOutlivesTheFile() throws {
        let fromJournal = try openWithoutCache()
        XCTAssertTrue(try fromJournal.saveStateCache())
        let opened = try RevisitStore(opening: directory)
        XCTAssertTrue(opened.openedFromCache)
        let state = opened.state
        try FileManager.default.removeItem(at: cacheURL)
        XCTAssertTrue(try fromJournal.saveStateCache(), "a new cache renamed into place")
        try FileManager.default.removeItem(at: cacheURL)
        StateComparison.assertSame(state, fromJournal.state)
        XCTAssertEqual(state.calls.calls.map(\.id), fromJournal.state.calls.calls.map(\.id))
    }

    func testLinesWrittenAfterTheCacheAreReadOnTopOfIt() throws {
        XCTAssertTrue(try openWithoutCache().saveStateCache())
        let state = try RevisitStore(opening: directory).state
        var customer = try XCTUnwrap(state.customers[state.customerIDs[5]])
        customer.name = "새 이름"
        let call = Call(id: CallID.make(state.calls.lastCallNumber + 1), caller: "li.na", customerID: customer.id,
                        taskID: "task-a", taskKind: .satisfaction, callAt: CivilTime(date: Self.today, hour: 9, minute: 5),
                        enteredAt: CivilTime(date: Self.today, hour: 9, minute: 6), outcome: .reached, words: "很好")
        try save([CustomerSaved(customer), CallLogged(call)])

        let fromCache = try RevisitStore(opening: directory)
        XCTAssertTrue(fromCache.openedFromCache)
        XCTAssertEqual(fromCache.state.customers[customer.id]?.name, "새 이름")
        XCTAssertEqual(fromCache.state.calls.call(id: call.id), call)
        XCTAssertNil(fromCache.state.calls.activeClaim(on: "task-a", at: call.enteredAt), "the call ended the claim")
        StateComparison.assertSame(fromCache.state, try openWithoutCache().state)
    }

    func testOpeningAfterManyLinesWritesTheCacheAndAFewDoNot() throws {
        _ = try RevisitStore(opening: directory, cacheAfterLines: 1_000_000)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cacheURL.path))
        let opened = try RevisitStore(opening: directory, cacheAfterLines: 100)
        XCTAssertFalse(opened.openedFromCache)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cacheURL.path))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: cacheURL.path)[.posixPermissions] as? Int, 0o640)
        XCTAssertTrue(try RevisitStore(opening: directory, cacheAfterLines: 100).openedFromCache)
    }

    /// The terminal says "reading its whole journal" only when that is what happens.
    func testOpeningSaysWhenItReadsTheWholeJournal() throws {
        try? FileManager.default.removeItem(at: cacheURL)
        var announced = 0
        let cold = try RevisitStore(opening: directory, cacheAfterLines: .max) { announced += 1 }
        XCTAssertEqual(announced, 1, "no cache")
        XCTAssertTrue(try cold.saveStateCache())
        _ = try RevisitStore(opening: directory) { announced += 1 }
        XCTAssertEqual(announced, 1, "read from the cache")
        _ = try RevisitStore(opening: directory, readingCache: false) { announced += 1 }
        XCTAssertEqual(announced, 2, "told not to read the cache")
    }

    func testWhileAnotherProcessWritesTheCacheThisOneDoesNot() throws {
        let store = try openWithoutCache()
        try FileManager.default.createDirectory(at: cacheURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let other = try FileLock(url: cacheURL.deletingLastPathComponent().appendingPathComponent(".lock"))
        XCTAssertTrue(try other.tryLockExclusive())
        XCTAssertFalse(try store.saveStateCache())
        XCTAssertFalse(FileManager.default.fileExists(atPath: cacheURL.path))
        other.unlock()
        XCTAssertTrue(try store.saveStateCache())
        XCTAssertTrue(try RevisitStore(opening: directory).openedFromCache)
    }

    func testADamagedCacheIsIgnored() throws {
        let fromJournal = try openWithoutCache()
        XCTAssertTrue(try fromJournal.saveStateCache())
        let good = try Data(contentsOf: cacheURL)
        let damages: [(String, Data)] = [
            ("a byte changed in a piece", Self.flipping(good, at: good.count / 2)),
            ("a byte changed in an early piece", Self.flipping(good, at: good.count / 8)),
            ("a byte changed in another early piece", Self.flipping(good, at: good.count / 4)),
            ("a byte changed in the trailer", Self.flipping(good, at: good.count - 40)),
            ("cut short", good.prefix(good.count - 1000)),
            ("empty", Data()),
            ("not a cache", Data("hello\n".utf8)),
        ]
        for (what, bytes) in damages {
            try bytes.write(to: cacheURL)
            let store = try RevisitStore(opening: directory, cacheAfterLines: .max)
            XCTAssertFalse(store.openedFromCache, what)
            StateComparison.assertSame(store.state, fromJournal.state)
        }
    }

    func testTheCacheOfAnotherJournalIsIgnored() throws {
        XCTAssertTrue(try openWithoutCache().saveStateCache())
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("revisit-cache-other-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: other) }
        try Self.makeDemoStore(at: other, customers: 210, seed: 6)
        try FileManager.default.createDirectory(at: StateCache.url(in: other).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: cacheURL, to: StateCache.url(in: other))
        let store = try RevisitStore(opening: other, cacheAfterLines: .max)
        XCTAssertFalse(store.openedFromCache)
        XCTAssertEqual(store.state.customers.count, 210)
    }

    func testACacheOfAnotherVersionIsIgnored() throws {
        let fromJournal = try openWithoutCache()
        let position = fromJournal.journal.readPosition
        XCTAssertThrowsError(try StateCache.load(store: directory, journal: fromJournal.journal.directory)) { error in
            XCTAssertEqual("\(error)", "no state cache")
        }
        _ = try StateCache.save(fromJournal.state, at: position, store: directory, journal: fromJournal.journal.directory)
        var bytes = try Data(contentsOf: cacheURL)
        // The trailer starts with the version; write the file again with another, hash and all.
        let trailerAt = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: bytes.count - 32, as: UInt64.self) })
        let length = bytes.count - CacheFile.footer - trailerAt
        var trailer = [UInt8](bytes[trailerAt ..< trailerAt + length])
        trailer[0] = trailer[0] &+ 2   // zigzag: the version plus one
        bytes = bytes.prefix(trailerAt) + Data(trailer)
            + Data(CacheFile.footer(trailerAt: trailerAt, length: length, hash: trailer.withUnsafeBytes(ImageHash.of)))
        try bytes.write(to: cacheURL)
        XCTAssertThrowsError(try StateCache.load(store: directory, journal: fromJournal.journal.directory)) { error in
            XCTAssertEqual("\(error)", "stale state cache: version \(StateImage.version + 1), not \(StateImage.version)")
        }
        XCTAssertFalse(try RevisitStore(opening: directory, cacheAfterLines: .max).openedFromCache)
    }

    func testCheckReadsTheWholeJournalEvenWhereTheCacheCoversIt() throws {
        XCTAssertTrue(try openWithoutCache().saveStateCache())
        let cacheBytes = try Data(contentsOf: cacheURL)
        let segment = try XCTUnwrap(FileManager.default.contentsOfDirectory(
            at: directory.appendingPathComponent("journal"), includingPropertiesForKeys: nil).first { $0.pathExtension == "log" })
        let journal = try Data(contentsOf: segment)
        try Self.flipping(journal, at: 300).write(to: segment)   // in an early line, far from where the cache stopped

        XCTAssertTrue(try RevisitStore(opening: directory).openedFromCache, "opening trusts the cache")
        let check = try StoreCheck.run(directory)
        XCTAssertFalse(check.isHealthy)
        XCTAssertTrue(check.findings.contains { $0.contains("bad checksum") }, "\(check.findings)")
        XCTAssertTrue(check.notes.contains { $0.hasPrefix("state cache: up to date to seq") }, "\(check.notes)")
        XCTAssertEqual(try Data(contentsOf: cacheURL), cacheBytes, "check writes nothing")

        try Self.flipping(cacheBytes, at: cacheBytes.count / 3).write(to: cacheURL)
        XCTAssertTrue(try StoreCheck.run(directory).notes.contains { $0.hasPrefix("state cache: not used (damaged state cache:") })
    }

    static func flipping(_ data: Data, at offset: Int) -> Data {
        var copy = data
        copy[offset] ^= 0x20
        return copy
    }
}
