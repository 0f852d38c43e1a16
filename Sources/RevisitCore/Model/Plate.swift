/// A licence plate as written (`粤B·12345`, `서울12가3456`) and the key it is compared by:
/// spaces and `·` removed, letters upper-cased.
public enum Plate {
    public static func key(_ written: String) -> String {
        if let key = commonKey(written) { return key }
        return String(written.filter { $0 != " " && $0 != "·" && $0 != "\u{3000}" && $0 != "\t" }).uppercased()
    }

    /// The same key, built scalar by scalar, for plates made only of ASCII, CJK ideographs and
    /// Hangul syllables (every plate in practice): there each scalar is a character of its own
    /// and only a-z have an upper case, so no grapheme or case tables are needed. Nil otherwise.
    static func commonKey(_ written: String) -> String? {
        var key = String.UnicodeScalarView()
        for scalar in written.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0xB7, 0x3000: continue
            case 0x61 ... 0x7A: key.append(Unicode.Scalar(UInt8(scalar.value - 0x20)))
            case 0 ... 0x7F, 0x4E00 ... 0x9FFF, 0xAC00 ... 0xD7A3: key.append(scalar)
            default: return nil
            }
        }
        return String(key)
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
