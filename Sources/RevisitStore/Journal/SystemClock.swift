import Foundation

/// The default journal clock: local wall time with its UTC offset, `2026-11-23T17:39:10+08:00`.
public enum SystemClock {
    public static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        var buffer = [Int8](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &parts)
        var text = String(decoding: buffer[0 ..< count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        text.insert(":", at: text.index(text.endIndex, offsetBy: -2))
        return text
    }
}
