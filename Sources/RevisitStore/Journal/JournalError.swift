/// Errors the journal throws (file errors come as `FileSystemError`).
public enum JournalError: Error, Equatable, CustomStringConvertible {
    /// Record number `index` (0-based) of the batch `decide` returned is not writable.
    case invalidRecord(index: Int, reason: String)
    /// The injected clock returned something that is not `YYYY-MM-DDTHH:MM:SS±HH:MM`.
    case badClock(String)

    public var description: String {
        switch self {
        case .invalidRecord(let index, let reason): "record \(index) of the batch not written: \(reason)"
        case .badClock(let value): "clock returned \"\(value)\", expected YYYY-MM-DDTHH:MM:SS+HH:MM"
        }
    }
}
