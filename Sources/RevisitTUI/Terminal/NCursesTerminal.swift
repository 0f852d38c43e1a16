import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

public struct TerminalOpenError: Error, CustomStringConvertible {
    public let description: String
}

/// The real terminal, through ncursesw. Keys are read with `wget_wch`, so text typed
/// through an input method arrives as whole characters. Not Sendable: it stays on the
/// thread that opened it, and with it every curses call.
public final class NCursesTerminal: Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var hasColors = false
    private var isOpen = true
    private var quickErrors = 0
    public private(set) var size: TerminalSize

    public init() throws {
        revisit_setlocale_from_environment()
        SignalWatch.install()   // before newterm, so ncurses leaves SIGTERM to us
        guard let screen = revisit_newterm(), let window = revisit_stdscr() else {
            SignalWatch.uninstall()
            throw TerminalOpenError(description: "cannot open the terminal (is TERM set, and is this a terminal?)")
        }
        self.screen = screen
        self.window = window
        raw()
        nonl()   // a carriage return arrives as itself, so a pasted CR LF is one line break, not two
        noecho()
        keypad(window, true)
        revisit_define_common_keys()
        set_escdelay(25)
        revisit_bracketed_paste(1)
        if has_colors() {
            hasColors = true
            start_color()
            use_default_colors()
            let colours: [(ColorRole, Int16)] = [
                (.overdue, revisit_color_red()), (.ok, revisit_color_green()),
                (.warning, revisit_color_yellow()), (.accent, revisit_color_cyan()),
            ]
            for (role, colour) in colours { init_pair(Int16(role.rawValue), colour, -1) }
        }
        size = TerminalSize(rows: Int(revisit_getmaxy(window)), cols: Int(revisit_getmaxx(window)))
    }

    deinit { restore() }

    public func readInput(timeoutMilliseconds: Int) -> TerminalInput {
        if let sig = SignalWatch.received { return .interrupted(signal: sig) }
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        let started = ContinuousClock.now
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if let sig = SignalWatch.received { return .interrupted(signal: sig) }
        if status == revisit_key_code_yes() {
            quickErrors = 0
            if Int32(value) == revisit_key_paste_start() { return .paste(readPaste()) }
            if Int32(value) == revisit_key_resize() {
                size = TerminalSize(rows: Int(revisit_getmaxy(window)), cols: Int(revisit_getmaxx(window)))
                return .resized(size)
            }
            return CursesKeyDecoder.key(code: Int32(value)).map { .key($0) } ?? .timeout
        }
        if status == revisit_ok() {
            quickErrors = 0
            return CursesKeyDecoder.key(character: UInt32(value)).map { .key($0) } ?? .timeout
        }
        // ERR: a timeout, or stdin is gone. Errors that come back at once, again and
        // again, mean the latter; stop rather than spin.
        let quick = ContinuousClock.now - started < .milliseconds(max(1, timeoutMilliseconds / 2))
        quickErrors = quick && timeoutMilliseconds > 0 ? quickErrors + 1 : 0
        return quickErrors > 100 ? .closed : .timeout
    }

    /// The text up to the paste's end marker. A paste arrives at once; a pause of a fifth of
    /// a second means the end marker was lost, and what came so far is the paste.
    private func readPaste() -> String {
        var text = String.UnicodeScalarView()
        var kept = 0   // the view's own count walks it, which would make a long paste quadratic
        wtimeout(window, 200)
        while true {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            var scalar: Unicode.Scalar?
            if status == revisit_key_code_yes() {
                if Int32(value) == revisit_key_paste_end() { break }
                if Int32(value) == revisit_key_enter() { scalar = "\n" }
            } else if status == revisit_ok() {
                scalar = Unicode.Scalar(UInt32(value))
            } else {
                break
            }
            if let scalar, kept < Self.longestPaste {
                text.append(scalar)
                kept += 1
            }
        }
        return String(text)
    }

    /// More than any field holds; the rest of a larger paste is dropped, not typed as keys.
    private static let longestPaste = 20_000

    public func present(_ frame: Frame) {
        var current: Style? = nil
        for row in 0..<min(frame.rows, size.rows) {
            for col in 0..<min(frame.cols, size.cols) {
                let cell = frame[row, col]
                guard let character = cell.character else { continue }
                if cell.style != current {
                    _ = revisit_wattrset(window, attributes(cell.style))
                    current = cell.style
                }
                var wide = CursesText.wideCharacters(character)
                _ = mvwaddnwstr(window, Int32(row), Int32(col), &wide, Int32(wide.count - 1))
                // If the C library thinks a wide character is narrow, blank its other half.
                if cell.width == 2, col + 1 < size.cols, Int(revisit_getcurx(window)) != col + 2 {
                    _ = mvwaddnwstr(window, Int32(row), Int32(col + 1), [32, 0], 1)
                }
            }
        }
        _ = revisit_wattrset(window, revisit_attr_normal())
        if let cursor = frame.cursor, cursor.row < size.rows, cursor.col < size.cols {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.col))
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }

    public func restore() {
        guard isOpen else { return }
        isOpen = false
        revisit_bracketed_paste(0)
        endwin()
        delscreen(screen)
        SignalWatch.uninstall()
    }

    private func attributes(_ style: Style) -> Int32 {
        var a = revisit_attr_normal()
        if style.bold { a |= revisit_attr_bold() }
        if style.reverse { a |= revisit_attr_reverse() }
        if style.dim { a |= revisit_attr_dim() }
        if style.underline { a |= revisit_attr_underline() }
        if hasColors, let role = style.color { a |= revisit_color_pair(Int32(role.rawValue)) }
        return a
    }
}

enum CursesText {
    /// A cell's grapheme as a NUL-terminated wchar_t string: its first visible scalar
    /// and the zero-width marks after it. A multi-emoji sequence keeps only its first
    /// emoji, so the C library's idea of the width matches the frame's.
    static func wideCharacters(_ character: Character) -> [wchar_t] {
        var out: [wchar_t] = []
        for scalar in character.unicodeScalars {
            if !out.isEmpty && DisplayWidth.of(scalar) > 0 { break }
            out.append(wchar_t(bitPattern: scalar.value))
        }
        out.append(0)
        return out
    }
}
