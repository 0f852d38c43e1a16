/// A quick 64-bit check of a state cache's pieces, eight bytes a step: it finds a torn or
/// overwritten piece, which is all a rebuildable cache needs (it is no defence against tampering).
enum ImageHash {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            h = mix(h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var last: UInt64 = 0
        while i < bytes.count {
            last = last << 8 | UInt64(bytes[i])
            i += 1
        }
        return mix(h ^ last)
    }

    private static func mix(_ x: UInt64) -> UInt64 {
        let m = x &* 0xFF51_AFD7_ED55_8CCD
        return m ^ (m >> 29)
    }
}
