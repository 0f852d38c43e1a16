enum ValidUTF8 {
    /// Whether the bytes are valid UTF-8, checked where they lie: making a String of them, the
    /// older way, copies them all (a whole file, for the CSV reader).
    static func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if #available(macOS 26, *) { return (try? UTF8Span(validating: bytes.span)) != nil }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    /// `holds`, worked out on another thread while the caller goes on; the caller must `wait`
    /// for the answer before the bytes go away.
    struct InBackground {
        private let answer: BackgroundWork<Bool, Never>

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            let lent = LentBytes(bytes: bytes)
            answer = BackgroundWork { ValidUTF8.holds(lent.bytes) }
        }

        func wait() -> Bool { answer.wait() }
    }

    /// Bytes read, never written, by one other thread until its owner has waited for it.
    private struct LentBytes: @unchecked Sendable { let bytes: UnsafeBufferPointer<UInt8> }
}
