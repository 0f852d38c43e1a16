import Synchronization

/// A call's survey ratings: question id -> rating, a question not asked is absent. Read like
/// a dictionary, in question-id order.
///
/// A store holds close to a million calls, nearly all rated on the same few questions, so the
/// question ids are kept once in a shared `RatedQuestions` list and a call holds only that
/// reference and its ratings packed a byte each. Ratings that do not fit (more than eight
/// questions, or a number outside 0...255, which only a hand-edited journal could hold) keep
/// a list of their own.
public struct Ratings: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: Int)

    /// nil when nothing was rated.
    private let questions: RatedQuestions?
    /// Byte k is the rating of `questions.ids[k]` (unless `questions.wideRatings` holds them).
    private let packed: UInt64

    public init(_ ratings: [String: Int]) {
        guard !ratings.isEmpty else { self.init(questions: nil, packed: 0); return }
        let ids = ratings.keys.sorted()
        let values = ids.map { ratings[$0]! }
        if let packed = Self.pack(values) {
            self.init(questions: RatedQuestions.shared(ids), packed: packed)
        } else {
            self.init(questions: RatedQuestions(ids: ids, wideRatings: values), packed: 0)
        }
    }

    public init(dictionaryLiteral elements: (String, Int)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    private init(questions: RatedQuestions?, packed: UInt64) {
        self.questions = questions
        self.packed = packed
    }

    public var count: Int { questions?.ids.count ?? 0 }
    public var isEmpty: Bool { questions == nil }

    public subscript(question: String) -> Int? {
        guard let questions, let k = questions.ids.firstIndex(of: question) else { return nil }
        return rating(at: k, questions)
    }

    public var values: LazyMapSequence<Self, Int> { lazy.map(\.value) }

    /// The ratings as a dictionary (for JSON output).
    public var dictionary: [String: Int] { Dictionary(uniqueKeysWithValues: map { ($0.key, $0.value) }) }

    public struct Iterator: IteratorProtocol {
        fileprivate let ratings: Ratings
        fileprivate var k = 0

        public mutating func next() -> Element? {
            guard let questions = ratings.questions, k < questions.ids.count else { return nil }
            defer { k += 1 }
            return (questions.ids[k], ratings.rating(at: k, questions))
        }
    }

    public func makeIterator() -> Iterator { Iterator(ratings: self) }

    public static func == (a: Ratings, b: Ratings) -> Bool {
        if a.questions === b.questions { return a.packed == b.packed }
        return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for (question, rating) in self {
            hasher.combine(question)
            hasher.combine(rating)
        }
    }

    private func rating(at k: Int, _ questions: RatedQuestions) -> Int {
        if let wide = questions.wideRatings { return wide[k] }
        return Int(truncatingIfNeeded: packed >> (8 * UInt64(k)) & 0xff)
    }

    private static func pack(_ values: [Int]) -> UInt64? {
        guard values.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for (k, v) in values.enumerated() {
            guard (0 ... 255).contains(v) else { return nil }
            packed |= UInt64(v) << (8 * UInt64(k))
        }
        return packed
    }
}

extension Ratings {
    /// Reads `key=number,key=number` from a journal field's bytes, the same reading (and the
    /// same error) as `FieldDecoder.numbersByKey`. Fields whose questions match a known list
    /// (the usual case) build no Strings at all.
    static func read(_ field: UnsafeRawBufferPointer,
                     bad: (UnsafeRawBufferPointer) -> EventDecodingError) -> Result<Ratings, EventDecodingError> {
        var count = 0
        var packed: UInt64? = 0
        let badPair = KeyNumberPairs.walk(field) { _, number in
            if count < 8, (0 ... 255).contains(number), let p = packed {
                packed = p | UInt64(number) << (8 * UInt64(count))
            } else {
                packed = nil
            }
            count += 1
        }
        if let badPair { return .failure(bad(badPair)) }
        if count == 0 { return .success(Ratings(questions: nil, packed: 0)) }
        if let packed, let questions = RatedQuestions.known(keysOf: field, count: count) {
            return .success(Ratings(questions: questions, packed: packed))
        }
        var byKey: [String: Int] = [:]
        _ = KeyNumberPairs.walk(field) { key, number in byKey[String(decoding: key, as: UTF8.self)] = number }
        return .success(Ratings(byKey))
    }
}

/// The question ids some calls were rated on, in id order; shared by every call rated on
/// exactly these questions (then `wideRatings` is nil), or one call's own list with its ratings.
final class RatedQuestions: Sendable {
    let ids: [String]
    let utf8: [[UInt8]]
    let wideRatings: [Int]?

    init(ids: [String], wideRatings: [Int]?) {
        self.ids = ids
        self.utf8 = ids.map { Array($0.utf8) }
        self.wideRatings = wideRatings
    }

    /// Lists handed out so far; a survey has a few questions, so calls use only a few lists.
    private static let lists = Mutex<[RatedQuestions]>([])
    private static let maximumShared = 64

    /// The shared list of `ids` (sorted, unique).
    static func shared(_ ids: [String]) -> RatedQuestions {
        lists.withLock { lists in
            if let found = lists.first(where: { $0.ids == ids }) { return found }
            let made = RatedQuestions(ids: ids, wideRatings: nil)
            if lists.count < maximumShared { lists.append(made) }
            return made
        }
    }

    /// The shared list whose ids are exactly the keys of the `count` pairs in `field`, in
    /// that order, if one was made already.
    static func known(keysOf field: UnsafeRawBufferPointer, count: Int) -> RatedQuestions? {
        let candidates = lists.withLock { $0 }
        return candidates.first { list in
            guard list.utf8.count == count else { return false }
            var k = 0
            var matches = true
            _ = KeyNumberPairs.walk(field) { key, _ in
                if matches {
                    matches = list.utf8[k].withUnsafeBytes { $0.elementsEqual(key) }
                    k += 1
                }
            }
            return matches
        }
    }
}
