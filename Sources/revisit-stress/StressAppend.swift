import Foundation
import RevisitStore

/// Appends `count` records of type `stress` with fields [tag, i, text], one append() per batch.
/// Prints each committed seq so a parent process can follow progress.
enum StressAppend {
    static func text(_ i: Int) -> String { "压力测试 第\(i)条\t制表\n换行 \u{1b}[31m" }

    static func run(directory: URL, count: Int, batch: Int, tag: String) throws {
        let journal = try Journal(directory: directory)
        var next = 0
        while next < count {
            let end = min(next + batch, count)
            let records = (next ..< end).map {
                PendingRecord(author: "stress", type: "stress", fields: [tag, String($0), text($0)])
            }
            try journal.append { _ in records }
            next = end
        }
    }
}
