import CNCursesW

/// Turns what `wget_wch` returned into a `Key`.
enum CursesKeyDecoder {
    /// A character (status OK): control codes map to their keys.
    static func key(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A function key code (status KEY_CODE_YES). KEY_RESIZE is handled by the terminal.
    static func key(code: Int32) -> Key? {
        let c = Int32(code)
        let table: [(Int32, Key)] = [
            (revisit_key_up(), .up), (revisit_key_down(), .down),
            (revisit_key_left(), .left), (revisit_key_right(), .right),
            (revisit_key_home(), .home), (revisit_key_end(), .end),
            (revisit_key_ppage(), .pageUp), (revisit_key_npage(), .pageDown),
            (revisit_key_backspace(), .backspace), (revisit_key_dc(), .delete),
            (revisit_key_btab(), .backTab), (revisit_key_enter(), .enter),
        ]
        if let match = table.first(where: { $0.0 == c }) { return match.1 }
        for n in 1...12 where revisit_key_f(Int32(n)) == c { return .function(n) }
        return nil
    }
}
