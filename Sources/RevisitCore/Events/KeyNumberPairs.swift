/// Walks a `key=number,key=number` field (survey ratings) in its bytes, as splitting the text
/// reads it: empty pairs and empty pieces are skipped, and a pair must be one key and one whole
/// number (what `Int(String)` accepts). Allocates nothing.
enum KeyNumberPairs {
    /// Hands each pair to `body` in field order; returns the first bad pair's bytes, else nil.
    static func walk(_ field: UnsafeRawBufferPointer,
                     _ body: (_ key: UnsafeRawBufferPointer, _ number: Int) -> Void) -> UnsafeRawBufferPointer? {
        var start = 0
        while start <= field.count {
            var end = start
            while end < field.count, field[end] != UInt8(ascii: ",") { end += 1 }
            if end > start {
                let pair = UnsafeRawBufferPointer(rebasing: field[start ..< end])
                guard let (key, number) = split(pair) else { return pair }
                body(key, number)
            }
            start = end + 1
        }
        return nil
    }

    /// The pair's two runs of bytes between `=` signs, the second read as a number.
    private static func split(_ pair: UnsafeRawBufferPointer) -> (UnsafeRawBufferPointer, Int)? {
        var first: Range<Int>?, second: Range<Int>?
        var at = 0
        while at < pair.count {
            if pair[at] == UInt8(ascii: "=") { at += 1; continue }
            var end = at
            while end < pair.count, pair[end] != UInt8(ascii: "=") { end += 1 }
            if first == nil { first = at ..< end } else if second == nil { second = at ..< end } else { return nil }
            at = end
        }
        guard let first, let second,
              let number = FieldDecoder.parseInt(UnsafeRawBufferPointer(rebasing: pair[second])) else { return nil }
        return (UnsafeRawBufferPointer(rebasing: pair[first]), number)
    }
}
