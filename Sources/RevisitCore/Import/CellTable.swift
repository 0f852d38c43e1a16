/// Rows of text cells kept as UTF-8 bytes back to back: what the CSV reader fills and the
/// repair-order validator reads, so a large file costs no String (and no array) per cell.
/// Only a refused row's cells are ever made into Strings.
public struct CellTable: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// Cell c is `bytes[cellEnds[c - 1] ..< cellEnds[c]]` (from 0 for the first cell).
    private var cellEnds: [Int] = []
    /// Row r's cells are `rowEnds[r - 1] ..< rowEnds[r]` of `cellEnds` (from 0 for the first row).
    private var rowEnds: [Int] = []
    /// The line each row starts on, counted from 1.
    public private(set) var lines: [Int] = []

    public init() {}

    /// One row per element, each starting on the given line: the form tests and small callers have.
    public init(rows: [[String]], lines: [Int]) {
        for (cells, line) in zip(rows, lines) {
            for cell in cells {
                bytes.append(contentsOf: cell.utf8)
                endCell()
            }
            endRow(line: line)
        }
    }

    /// Room for a text of `byteCount` bytes: the cell ends at a guess of one cell per 8 bytes, a
    /// row per 64, generous for the exports seen (only the pages used are ever touched).
    public mutating func reserveCapacity(bytes byteCount: Int) {
        bytes.reserveCapacity(byteCount)
        cellEnds.reserveCapacity(byteCount / 8)
        rowEnds.reserveCapacity(byteCount / 64)
        lines.reserveCapacity(byteCount / 64)
    }

    // MARK: filling, a cell at a time

    public mutating func append(_ byte: UInt8) { bytes.append(byte) }

    public mutating func append(contentsOf run: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: run) }

    /// Ends the cell whose bytes were appended since the last cell ended.
    public mutating func endCell() { cellEnds.append(bytes.count) }

    /// Ends the row made of the cells ended since the last row ended.
    public mutating func endRow(line: Int) {
        rowEnds.append(cellEnds.count)
        lines.append(line)
    }

    /// Forgets the row just ended (a blank line is no row).
    public mutating func removeLastRow() {
        rowEnds.removeLast()
        lines.removeLast()
        let cellsLeft = rowEnds.last ?? 0
        cellEnds.removeSubrange(cellsLeft...)
        bytes.removeSubrange((cellsLeft > 0 ? cellEnds[cellsLeft - 1] : 0)...)
    }

    // MARK: reading

    public var rowCount: Int { rowEnds.count }

    public func cellCount(ofRow r: Int) -> Int { rowEnds[r] - firstCell(ofRow: r) }

    /// Whether row `r` is one empty cell (the shape of a blank line).
    public func isBlank(row r: Int) -> Bool { cellCount(ofRow: r) == 1 && cellRange(firstCell(ofRow: r)).isEmpty }

    /// Cell `i` of row `r`'s bytes, or no bytes when the row is shorter.
    @inline(__always)
    public func withCell<R>(row r: Int, _ i: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        guard i >= 0, i < cellCount(ofRow: r) else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        let range = cellRange(firstCell(ofRow: r) + i)
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    public func cells(ofRow r: Int) -> [String] {
        (0 ..< cellCount(ofRow: r)).map { i in withCell(row: r, i) { String(decoding: $0, as: UTF8.self) } }
    }

    @inline(__always)
    private func firstCell(ofRow r: Int) -> Int { r > 0 ? rowEnds[r - 1] : 0 }

    @inline(__always)
    private func cellRange(_ c: Int) -> Range<Int> { (c > 0 ? cellEnds[c - 1] : 0) ..< cellEnds[c] }
}
