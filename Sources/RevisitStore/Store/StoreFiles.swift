import Foundation

/// Reading the store's small text files.
enum StoreFiles {
    static func text(_ url: URL) throws(StoreError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .io("cannot read \(url.path): \(UnreadableFile.reason(url.path))")
        }
        guard let s = String(data: data, encoding: .utf8) else { throw .damaged("\(url.path) is not valid UTF-8") }
        return s
    }

    static func modified(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }
}
