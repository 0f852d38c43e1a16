import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One line on the terminal while the store opens, before the screen takes it over: opening
/// takes about a second on a large store, and several when the whole journal must be read (the
/// first open after an upgrade), which a blank terminal would not explain. Written only when
/// standard error is a terminal; `clear` erases it, so it is not left behind in the shell once
/// the program ends.
public final class OpeningNotice {
    public enum Step { case opening, readingWholeJournal }

    private let store: String
    private let language: Language
    private let columns: Int
    private let write: ((String) -> Void)?
    private var shown = false

    /// `write` nil: say nothing (not a terminal).
    public init(store: String, language: Language, columns: Int, write: ((String) -> Void)?) {
        self.store = Sanitizer.singleLine(store)
        self.language = language
        self.columns = columns
        self.write = write
    }

    /// On standard error, in the language of the environment (the store's own setting is read
    /// with the store, too late for this).
    public static func onStandardError(store: String) -> OpeningNotice {
        var size = winsize()
        let isTerminal = isatty(STDERR_FILENO) != 0
        let columns = isTerminal && ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        let language = Language.resolve(configured: nil, environment: ProcessInfo.processInfo.environment)
        return OpeningNotice(store: store, language: language, columns: columns,
                             write: isTerminal ? { text in FileHandle.standardError.write(Data(text.utf8)) } : nil)
    }

    public func show(_ step: Step) {
        guard let write else { return }
        let m = MessageCatalog.app
        let text = step == .opening ? m.opening.format(language, store) : m.openingWholeJournal.format(language, store)
        // One line, or the erasing below would leave its first lines behind.
        write(Self.eraseLine + TextFit.fit(text, width: columns - 1, ellipsis: true).text)
        shown = true
    }

    public func clear() {
        guard shown, let write else { return }
        write(Self.eraseLine)
        shown = false
    }

    private static let eraseLine = "\r\u{1B}[K"
}
