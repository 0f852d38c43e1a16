/// One table of a report as it goes to a file: a name (for the file), headers and rows.
/// Numbers the report computed are kept apart from text, so the CSV writer can leave a
/// negative change numeric while making any text that looks like a formula inert.
public struct ReportTable: Equatable, Sendable {
    public enum Cell: Equatable, Sendable {
        case text(String)
        /// A number the report produced, written as is: `-1.4`, `92.5`, `12`.
        case number(String)

        public static func count(_ n: Int) -> Cell { .number(String(n)) }
        /// An empty cell when the figure is empty (not zero).
        public static func figure(_ value: (any CustomStringConvertible)?) -> Cell {
            value.map { .number($0.description) } ?? .text("")
        }
    }

    /// Lower-case, no spaces: `summary`, `problems`, `complaints`.
    public var name: String
    public var columns: [String]
    public var rows: [[Cell]]

    public init(name: String, columns: [String], rows: [[Cell]]) {
        self.name = name; self.columns = columns; self.rows = rows
    }
}
