/// Builds the dates inside task ids without going through string interpolation: the
/// queue makes tens of thousands of ids each time it is computed.
enum TaskIDText {
    static func date(_ d: CivilDate) -> String {
        let (y, m, day) = d.ymd
        let bytes: [UInt8] = [digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), UInt8(ascii: "-"),
                              digit(m / 10), digit(m), UInt8(ascii: "-"), digit(day / 10), digit(day)]
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func digit(_ n: Int) -> UInt8 { UInt8(48 + n % 10) }
}
