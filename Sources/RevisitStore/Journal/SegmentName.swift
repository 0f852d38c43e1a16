import Foundation

/// Segments are named `YYYY-MM.log` after the month of their write time and read in name order.
enum SegmentName {
    static func forTime(_ time: String) -> String { "\(time.prefix(7)).log" }

    static func isSegment(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.count == 11, bytes[4] == UInt8(ascii: "-"), name.hasSuffix(".log") else { return false }
        return [0, 1, 2, 3, 5, 6].allSatisfy { bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") }
    }

    static func list(in directory: URL) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter(isSegment).sorted()
        } catch {
            throw FileSystemError("list", path: directory.path, code: ENOENT)
        }
    }
}
