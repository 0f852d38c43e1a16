/// A licence plate as written (`粤B·12345`, `서울12가3456`) and the key it is compared by:
/// spaces and `·` removed, letters upper-cased.
public enum Plate {
    public static func key(_ written: String) -> String {
        String(written.filter { $0 != " " && $0 != "·" && $0 != "\u{3000}" && $0 != "\t" }).uppercased()
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
}
