import Foundation

/// Many short texts searched for words as you type: which texts contain every word, exactly
/// as Foundation's `contains` finds them (canonically equivalent spellings match). A text or
/// word made only of characters with one spelling (`hasOneSpelling`) is compared as UTF-8
/// bytes in one buffer, which answers a key over ten thousand texts in well under a
/// millisecond; anything else goes through `contains`.
struct WordSearch {
    /// The texts with one spelling, one after another.
    private var bytes: [UInt8] = []
    /// Where each text ends in `bytes` (its start is the previous end).
    private var ends: [Int] = []
    /// The texts that need `contains`, by index.
    private var otherTexts: [Int: String] = [:]

    /// One text as the search keeps it: whether it has one spelling is worked out once.
    struct Text {
        let text: String
        let hasOneSpelling: Bool

        init(_ text: String) {
            self.text = text
            hasOneSpelling = WordSearch.hasOneSpelling(text)
        }
    }

    init(_ texts: [String] = []) { self.init(texts.map(Text.init)) }

    init(_ texts: [Text]) {
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.text.utf8.count })
        ends.reserveCapacity(texts.count)
        for (i, t) in texts.enumerated() {
            if t.hasOneSpelling { bytes += t.text.utf8 } else { otherTexts[i] = t.text }
            ends.append(bytes.count)
        }
    }

    var count: Int { ends.count }

    /// Indexes of the texts that contain every one of `words`, in order; every text when
    /// there are no words.
    func indexes(containingAll words: [String]) -> [Int] {
        guard !words.isEmpty else { return Array(0 ..< count) }
        guard words.allSatisfy(Self.hasOneSpelling) else {
            return (0 ..< count).filter { i in words.allSatisfy { text(i).contains($0) } }
        }
        let needles = words.map { Array($0.utf8) }
        return bytes.withUnsafeBufferPointer { hay in
            (0 ..< count).filter { i in
                if let other = otherTexts[i] { return words.allSatisfy { other.contains($0) } }
                let start = i == 0 ? 0 : ends[i - 1]
                return needles.allSatisfy { Self.find($0, in: hay, from: start, to: ends[i]) }
            }
        }
    }

    private func text(_ i: Int) -> String {
        if let other = otherTexts[i] { return other }
        let start = i == 0 ? 0 : ends[i - 1]
        return String(decoding: bytes[start ..< ends[i]], as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard let first = needle.first else { return false }   // as `contains` finds an empty word: nowhere
        var i = start
        let last = end - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// True when every character of `text` has a single spelling: it is its own canonical
    /// form, never part of a longer character, and never joins its neighbours. Between such
    /// texts, containing as `contains` means it is containing the same UTF-8 bytes.
    static func hasOneSpelling(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x1F, 0x20 ... 0x7E: true              // the field separator and printable ASCII
            case 0xB7: true                              // the middle dot of plates
            case 0xC0 ... 0x17F: true                    // precomposed Latin letters (Spanish names)
            default: scalar.isHanOrHangulSyllable
            }
        }
    }
}
