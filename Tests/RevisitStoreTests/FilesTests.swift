import Foundation
import XCTest
import RevisitCore
@testable import RevisitStore

final class FilesTests: JournalTestCase {
    private func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try XCTUnwrap(attributes[.posixPermissions] as? Int)
    }

    func testJournalFilesAreOwnerAndGroupOnlyWhateverTheUmask() throws {
        let old = umask(0)
        defer { umask(old) }
        let nested = root.appendingPathComponent("store/journal")
        let journal = try Journal(directory: nested, clock: { "2026-11-23T17:39:10+08:00" })
        try journal.append { _ in [pending(1)] }
        XCTAssertEqual(try mode(nested), 0o750)
        XCTAssertEqual(try mode(nested.deletingLastPathComponent()), 0o750)
        XCTAssertEqual(try mode(nested.appendingPathComponent(".lock")), 0o640)
        XCTAssertEqual(try mode(nested.appendingPathComponent("2026-11.log")), 0o640)

        // A torn tail puts a quarantine directory and file in place.
        let handle = try FileHandle(forWritingTo: nested.appendingPathComponent("2026-11.log"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("torn".utf8))
        try handle.close()
        try journal.append { _ in [pending(2)] }
        let quarantine = nested.appendingPathComponent("quarantine")
        XCTAssertEqual(try mode(quarantine), 0o750)
        let copied = try XCTUnwrap(journal.damage.first?.quarantine)
        XCTAssertEqual(try mode(quarantine.appendingPathComponent(copied)), 0o640)
    }

    /// In a folder shared with its group (set-group-ID), every rep of the group may write what
    /// another created, whatever the umask: files 0660, folders 2770 passing the bit on.
    func testInASharedFolderTheGroupWritesToo() throws {
        let old = umask(0o022)
        defer { umask(old) }
        let store = root.appendingPathComponent("store")
        try FileModes.makeDirectory(store, mode: FileModes.sharedDirectory)
        XCTAssertEqual(try mode(store), 0o2770)
        let nested = store.appendingPathComponent("journal")
        let journal = try Journal(directory: nested, clock: { "2026-11-23T17:39:10+08:00" })
        try journal.append { _ in [pending(1)] }
        XCTAssertEqual(try mode(nested), 0o2770)
        XCTAssertEqual(try mode(nested.appendingPathComponent(".lock")), 0o660)
        XCTAssertEqual(try mode(nested.appendingPathComponent("2026-11.log")), 0o660)
        try AtomicFile.write(Data("x".utf8), to: store.appendingPathComponent("staff.toml"))
        XCTAssertEqual(try mode(store.appendingPathComponent("staff.toml")), 0o660)
        try AtomicFile.write(Data("x".utf8), to: root.appendingPathComponent("elsewhere.csv"))
        XCTAssertEqual(try mode(root.appendingPathComponent("elsewhere.csv")), 0o640, "outside a shared folder the group only reads")
    }

    /// Only `init --group` shares a store: one made inside a set-group-ID folder that is not a
    /// store (Debian's /usr/local is one) stays its creator's to write.
    func testAStoreInASetGroupIDFolderIsSharedOnlyWhenAsked() throws {
        let old = umask(0o022)
        defer { umask(old) }
        let parent = root.appendingPathComponent("local")
        try FileModes.makeDirectory(parent, mode: 0o2775)
        let store = parent.appendingPathComponent("store")
        try RevisitStore.create(at: store, admin: StaffMember(login: "boss", name: "Boss", role: .admin))
        XCTAssertEqual(try mode(store), 0o750)
        XCTAssertEqual(try mode(store.appendingPathComponent("config.toml")), 0o640)
        XCTAssertEqual(try mode(store.appendingPathComponent("journal")), 0o750)
    }

    func testAtomicFileReplacesContentAndLeavesNoTemporaryFile() throws {
        let old = umask(0)
        defer { umask(old) }
        let target = root.appendingPathComponent("config.toml")
        try AtomicFile.write(Data("first".utf8), to: target)
        try AtomicFile.write(Data("second 第二".utf8), to: target)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "second 第二")
        XCTAssertEqual(try mode(target), 0o640)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["config.toml"])
        XCTAssertThrowsError(try AtomicFile.write(Data(), to: root.appendingPathComponent("missing/x"))) { error in
            XCTAssertTrue("\(error)".contains("missing"), "\(error)")
        }
    }

    func testFileLocksExcludeEachOtherAndSharedLocksCoexist() throws {
        let url = root.appendingPathComponent("config.lock")
        let first = try FileLock(url: url)
        let second = try FileLock(url: url)
        try first.lockExclusive()
        XCTAssertFalse(try second.tryLockExclusive())
        first.unlock()
        XCTAssertTrue(try second.tryLockExclusive())
        second.unlock()
        try first.lockShared()
        try second.withLock(shared: true) { XCTAssertTrue(second.isLocked) }
        XCTAssertFalse(second.isLocked)
        XCTAssertFalse(try second.tryLockExclusive(), "a shared holder blocks writers")
        first.unlock()
        XCTAssertThrowsError(try FileLock(existing: root.appendingPathComponent("nope.lock")))
    }
}
