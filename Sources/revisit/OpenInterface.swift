import ArgumentParser
import Foundation
import RevisitCore
import RevisitStore
import RevisitTUI

/// Opens the terminal interface on a store as the current staff member.
enum OpenInterface {
    static func run(storeURL: URL) throws {
        let notice = OpeningNotice.onStandardError(store: storeURL.path)
        notice.show(.opening)
        defer { notice.clear() }   // also when opening fails, before its error is printed
        let session = try Session(StoreOptions(storeURL: storeURL), warningOfLeftOut: false) { notice.show(.readingWholeJournal) }
        notice.clear()
        let timeZone = session.store.config.timeZone
        _ = try session.now   // refuse a bad REVISIT_NOW before the screen opens
        let reason = try RevisitInterface.run(store: session.store, actor: session.actor) {
            (try? Session.now(in: timeZone)) ?? CivilTime(minutes: 0)
        }
        if case .signal(let number) = reason { throw ExitCode(128 + number) }
    }
}
