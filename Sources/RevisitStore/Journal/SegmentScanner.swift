import Foundation

/// Where reading of a segment stands: the end of the last complete line and how many lines precede it.
struct SegmentPosition: Equatable {
    var offset = 0
    var linesBefore = 0
}

/// The location and exact bytes (newline excluded) of one complete line.
struct LineLocation {
    let offset: Int
    let number: Int
    let bytes: UnsafeRawBufferPointer
}

enum ScannedLine {
    case record(RecordView, LineLocation)
    case damaged(JournalDamage.Kind, LineLocation)
}

/// Walks the complete lines of a mapped segment region. The position advances past a line only
/// after `body` returned for it, so a throwing body leaves that line to be read again.
enum SegmentScanner {
    /// `bytes` starts at `position.offset` in the segment; a trailing partial line is left unread.
    static func scan(_ bytes: UnsafeRawBufferPointer, position: inout SegmentPosition,
                     _ body: (ScannedLine) throws -> Void) rethrows {
        guard let base = bytes.baseAddress else { return }
        let bounds = FieldBounds()
        let end = base + bytes.count
        var lineStart = base
        while lineStart < end {
            guard let newline = memchr(lineStart, Int32(LineFormat.newline), end - lineStart) else { return }
            let lineEnd = UnsafeRawPointer(newline)
            let length = lineEnd - lineStart
            let location = LineLocation(offset: position.offset, number: position.linesBefore + 1,
                                        bytes: UnsafeRawBufferPointer(start: lineStart, count: length))
            switch LineParser.parse(lineStart, length: length, into: bounds) {
            case .record(let seq, let columnCount):
                try body(.record(RecordView(seq: seq, line: lineStart, bounds: bounds.pointer,
                                            columnCount: columnCount), location))
            case .damaged(let kind):
                try body(.damaged(kind, location))
            }
            position.offset += length + 1
            position.linesBefore += 1
            lineStart = lineEnd + 1
        }
    }
}
