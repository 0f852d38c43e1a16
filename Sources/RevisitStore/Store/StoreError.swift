/// Why the store could not be opened or used. `isDamage` decides the CLI's exit code 3.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notAStore(String)
    case alreadyExists(String)
    case badConfig(String)
    case badStaff(String)
    case damaged(String)
    case io(String)
    /// Input from outside (a file to import) is refused; the store is untouched.
    case badInput(String)

    public var description: String {
        switch self {
        case .notAStore(let s), .alreadyExists(let s), .badConfig(let s), .badStaff(let s), .damaged(let s), .io(let s), .badInput(let s): s
        }
    }

    public var isDamage: Bool {
        switch self {
        case .alreadyExists, .badInput: false
        default: true
        }
    }
}
