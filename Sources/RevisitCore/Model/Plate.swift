/// A licence plate as written (`粤B·12345`, `서울12가3456`) and the key it is compared by:
/// spaces and `·` removed, letters upper-cased.
public enum Plate {
    public static func key(_ written: String) -> String {
        if let key = commonKey(written) { return key }
        return String(written.filter { $0 != " " && $0 != "·" && $0 != "\u{3000}" && $0 != "\t" }).uppercased()
    }

    /// The same key, built from the UTF-8 bytes, for plates made only of ASCII, CJK ideographs
    /// and Hangul syllables (every plate in practice): there each scalar is a character of its
    /// own and only a-z have an upper case, so no grapheme or case tables are needed. Nil otherwise.
    static func commonKey(_ written: String) -> String? {
        var written = written
        return written.withUTF8 { bytes in
            var common = true
            let key = String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0, i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b < 0x80 {
                        if b != 0x20 && b != 0x09 { out[n] = b &- 0x61 < 26 ? b - 0x20 : b; n += 1 }
                        i += 1
                    } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xB7 { // U+00B7 ·
                        i += 2
                    } else if b & 0xF0 == 0xE0, i + 2 < bytes.count {
                        let scalar = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        switch scalar {
                        case 0x3000: break
                        case 0x4E00 ... 0x9FFF, 0xAC00 ... 0xD7A3:
                            out[n] = b; out[n + 1] = bytes[i + 1]; out[n + 2] = bytes[i + 2]; n += 3
                        default: common = false; return 0
                        }
                        i += 3
                    } else {
                        common = false
                        return 0
                    }
                }
                return n
            }
            return common ? key : nil
        }
    }
}

public enum VIN {
    /// 17 characters, letters and digits, no I, O or Q.
    public static func problem(_ text: String) -> String? {
        let v = text.uppercased()
        guard v.count == 17 else { return "has \(v.count) characters; a VIN has 17" }
        if let bad = v.first(where: { !($0.isASCII && ($0.isLetter || $0.isNumber)) || "IOQ".contains($0) }) {
            return "contains \(String(reflecting: String(bad))); a VIN uses digits and letters other than I, O and Q"
        }
        return nil
    }

    /// The upper-cased VIN when the bytes are empty or 17 ASCII letters and digits `problem`
    /// accepts; nil for anything else, which `problem` then judges.
    public static func plainUppercased(utf8 bytes: UnsafeRawBufferPointer) -> String? {
        if bytes.isEmpty { return "" }
        let upper = bytes.lazy.map { $0 &- UInt8(ascii: "a") < 26 ? $0 - 0x20 : $0 }
        guard bytes.count == 17, upper.allSatisfy({ b in
            (b &- UInt8(ascii: "0") <= 9 || b &- UInt8(ascii: "A") < 26)
                && b != UInt8(ascii: "I") && b != UInt8(ascii: "O") && b != UInt8(ascii: "Q")
        }) else { return nil }
        return String(decoding: upper, as: UTF8.self)
    }
}
