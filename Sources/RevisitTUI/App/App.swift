/// # RevisitTUI in one page
///
/// An Elm-style loop: `App.handle(event)` updates the state and returns commands
/// for the caller to run; `App.render()` draws the state into a `Frame`; a
/// `Terminal` (`NCursesTerminal` for people, `MemoryTerminal` for tests) presents it.
/// `AppLoop.run` ties them together.
///
/// Writing a screen:
///
///     struct CallQueueScreen: Screen {
///         var table = Table(columns: [...], rows: [...])
///         var keyContexts: [KeyContext] { [.queue] }
///         func title(_ c: ScreenContext) -> String { c.text(MessageCatalog.queue.title) }
///         mutating func handle(_ input: ScreenInput, context c: ScreenContext) -> Response {
///             switch input {
///             case .action(.select): return .handled([.push(CallScreen(...))])
///             case .action(let a) where table.handle(a, height: c.bodySize.rows): return .done
///             case .tick: /* reload from the store */ return .done
///             case .commandResult(let r as SaveOutcome): return .handled([.status(..., .success)])
///             default: return .ignored   // quit, help, back: the app's defaults
///             }
///         }
///         func render(into f: inout Frame, region: Rect, context c: ScreenContext) {
///             table.render(into: &f, region: region)
///         }
///     }
///
/// - Keys never reach screens: the keymap turns them into `Action`s looked up in the
///   screen's `keyContexts`, then `global`. With `acceptsText` true, printable keys
///   arrive as `.character` (typed into the focused `TextField`/`TextArea`).
/// - Effects (`Effect`): push, pop, replace, quit (asks if any screen
///   `hasUnsavedInput`), exit, run(command), status(text, kind) for the toast line,
///   confirm(prompt, onYes:), perform(action).
/// - `.run(cmd)`: the caller's runner (`AppLoop.run(..., runCommand:)`) executes it
///   (through RevisitCore/RevisitStore) and returns a value, which comes back to the
///   issuing screen as `.commandResult(value)` before the next frame.
/// - Strings: every text shown comes from a `Msg(en:zh:ko:es:)` in a `MessageGroup` file under
///   Catalog/ (one per screen, listed in `MessageCatalog.groups`); new actions go in an
///   `extension Action` plus an `ActionDescriptions` group listed in `ActionCatalog.groups`,
///   and get bound in keymaps/default.keymap.
/// - Data strings go through `Frame.put`, which sanitizes them; measure with `DisplayWidth`.
/// - Startup: `Language.resolve(personal: actor.language, configured: storeConfigLanguage, environment:)`,
///   `Keymap.load(defaultFile: Keymap.shippedDirectory()! + "/default.keymap",
///   userFile: Keymap.userFile())`, `NCursesTerminal()`, `App(root:keymap:language:size:)`,
///   `AppLoop.run(&app, terminal:runCommand:)`, then `terminal.restore()`. On
///   `.signal`, the app's screens are still there to save drafts from (`app.stack`).
public struct App {
    public private(set) var stack: [any Screen]
    public let keymap: Keymap
    public let language: Language
    public private(set) var size: TerminalSize
    public private(set) var toast: Toast?
    public private(set) var isFinished = false
    /// The root screen hears `.appeared` once, when the first loop starts.
    private var hasStarted = false
    private var overlay: Overlay?

    enum Overlay {
        case help(HelpOverlay)
        case confirm(ConfirmDialog)
    }

    public init(root: any Screen, keymap: Keymap, language: Language, size: TerminalSize) {
        stack = [root]
        self.keymap = keymap
        self.language = language
        self.size = size
    }

    public var hasUnsavedInput: Bool { stack.contains { $0.hasUnsavedInput } }

    /// A message on the status line from outside the screens (what opening the store found).
    public mutating func announce(_ text: String, kind: StatusKind) { toast = Toast(text, kind: kind) }
    public var isShowingHelp: Bool { if case .help = overlay { true } else { false } }
    public var pendingQuestion: String? { if case .confirm(let d) = overlay { d.prompt } else { nil } }

    /// The body between the title bar (row 0) and the status line (last row).
    public var bodyRegion: Rect { Rect(row: 1, col: 0, rows: size.rows - 2, cols: size.cols) }

    public var screenContext: ScreenContext {
        ScreenContext(language: language, keymap: keymap, bodySize: bodyRegion.size)
    }

    /// Puts a screen on top before the loop starts (e.g. the offer of last time's drafts).
    public mutating func push(_ screen: any Screen) {
        stack.append(screen)
    }

    public mutating func handle(_ event: AppEvent) -> [PendingCommand] {
        switch event {
        case .started:
            guard !hasStarted else { return [] }
            hasStarted = true
            return send(.appeared, to: stack.count - 1)
        case .resized(let newSize):
            size = newSize
            return []
        case .tick:
            // An error stays until the next key: a refusal's reason must not fade before it is read.
            if let t = toast, t.kind != .error { toast = t.ticksLeft > 1 ? Toast(t.text, kind: t.kind, ticks: t.ticksLeft - 1) : nil }
            return send(.tick, to: stack.count - 1)
        case .key(let key):
            if toast?.kind == .error { toast = nil }
            return handleKey(key)
        case .paste(let text):
            if toast?.kind == .error { toast = nil }
            return handlePaste(text)
        }
    }

    /// Hands a command's result to the screen that issued it (if it is still there).
    public mutating func deliver(_ result: Any, for command: PendingCommand) -> [PendingCommand] {
        send(.commandResult(result), to: command.origin)
    }

    private mutating func handleKey(_ key: Key) -> [PendingCommand] {
        switch overlay {
        case .confirm(let dialog):
            switch keymap.action(for: key, in: [.confirm]) {
            case .yes?:
                overlay = nil
                return apply(dialog.onYes, from: dialog.origin)
            case .no?, .back?:
                overlay = nil
            default:
                break
            }
            return []
        case .help(var help):
            let action = keymap.action(for: key, in: [.help])
            if let action, help.scroll(action, visibleRows: HelpOverlay.listRows(in: bodyRegion)) {
                overlay = .help(help)
            } else if action == .close || action == .back || action == .help {
                overlay = nil
            } else if action == .quit {
                overlay = nil
                return apply([.quit], from: stack.count - 1)
            }
            return []
        case nil:
            break
        }
        let depth = stack.count - 1
        let top = stack[depth]
        if top.acceptsText, case .char(let c) = key { return send(.character(c), to: depth) }
        if let action = keymap.action(for: key, in: top.keyContexts) {
            var screen = stack[depth]
            let response = screen.handle(.action(action), context: screenContext)
            stack[depth] = screen
            switch response {
            case .handled(let effects): return apply(effects, from: depth)
            case .ignored: return applyDefault(action)
            }
        }
        if case .char(let c) = key { return send(.character(c), to: depth) }
        return []
    }

    /// A paste goes into the focused text field character by character, its line breaks as
    /// "\n" (a one-line field makes them spaces). Where nothing takes text it is dropped:
    /// a pasted "q" or "f" must not quit or filter, nor a pasted Enter save a form.
    private mutating func handlePaste(_ text: String) -> [PendingCommand] {
        let depth = stack.count - 1
        guard overlay == nil, stack.indices.contains(depth), stack[depth].acceptsText else { return [] }
        var commands: [PendingCommand] = []
        for c in text.replacingLineBreaks() { commands += send(.character(c == "\t" ? " " : c), to: depth) }
        return commands
    }

    private mutating func send(_ input: ScreenInput, to depth: Int) -> [PendingCommand] {
        guard stack.indices.contains(depth) else { return [] }
        var screen = stack[depth]
        let response = screen.handle(input, context: screenContext)
        stack[depth] = screen
        if case .handled(let effects) = response { return apply(effects, from: depth) }
        return []
    }

    /// What an action does when the screen ignored it.
    private mutating func applyDefault(_ action: Action) -> [PendingCommand] {
        switch action {
        case .quit: return apply([.quit], from: stack.count - 1)
        case .back:
            guard stack.count > 1 else { return [] }
            if stack[stack.count - 1].hasUnsavedInput {
                return apply([.confirm(MessageCatalog.app.discardUnsaved[language], onYes: [.pop])], from: stack.count - 1)
            }
            return apply([.pop], from: stack.count - 1)
        case .help:
            openHelp()
            return []
        default:
            return []
        }
    }

    private mutating func apply(_ effects: [Effect], from origin: Int) -> [PendingCommand] {
        var commands: [PendingCommand] = []
        for effect in effects {
            switch effect {
            case .push(let screen):
                stack.append(screen)
                commands += send(.appeared, to: stack.count - 1)
            case .pop:
                guard stack.count > 1 else { continue }
                stack.removeLast()
                commands += send(.appeared, to: stack.count - 1)
            case .replace(let screen):
                stack[stack.count - 1] = screen
                commands += send(.appeared, to: stack.count - 1)
            case .quit:
                if hasUnsavedInput {
                    overlay = .confirm(ConfirmDialog(prompt: MessageCatalog.app.quitWithUnsaved[language], onYes: [.exit], origin: origin))
                } else {
                    isFinished = true
                }
            case .exit:
                isFinished = true
            case .run(let command):
                commands.append(PendingCommand(command: command, origin: origin))
            case .status(let text, let kind):
                toast = Toast(text, kind: kind)
            case .confirm(let prompt, let onYes):
                overlay = .confirm(ConfirmDialog(prompt: prompt, onYes: onYes, origin: origin))
            case .perform(let action):
                commands += send(.action(action), to: origin)
            }
        }
        return commands
    }

    private mutating func openHelp() {
        let contexts = stack[stack.count - 1].keyContexts
        let app = MessageCatalog.app
        let closeKeys = keymap.keys(for: .close, in: [.help]).map(\.name).joined(separator: ", ")
        let downKeys = keymap.keys(for: .moveDown, in: [.help, .global]).map(\.name).joined(separator: ", ")
        overlay = .help(HelpOverlay(
            title: app.helpTitle.format(language, stack[stack.count - 1].title(screenContext)),
            footer: app.helpFooter.format(language, closeKeys),
            footerWithMore: app.helpFooterMore.format(language, downKeys, closeKeys),
            sections: HelpBuilder.sections(keymap: keymap, contexts: contexts, language: language,
                                           screens: Navigator.destinations.map(\.action))))
    }

    public func render() -> Frame {
        var frame = Frame(size: size)
        let app = MessageCatalog.app
        guard size.rows >= 4, size.cols >= 20 else {
            frame.put(app.terminalTooSmall[language], row: 0, col: 0, width: size.cols)
            return frame
        }
        let context = screenContext
        let top = stack[stack.count - 1]
        frame.put(" \(app.appName[language]) · \(top.title(context))", row: 0, col: 0, width: size.cols, style: Style(bold: true, reverse: true))
        switch overlay {
        case .help(let help):
            help.render(into: &frame, region: bodyRegion)
        case .confirm(let dialog):
            top.render(into: &frame, region: bodyRegion, context: context)
            frame.cursor = nil
            let keysLine = app.confirmKeys.format(language, firstKeyName(.yes, in: [.confirm]), firstKeyName(.no, in: [.confirm]))
            dialog.render(into: &frame, region: bodyRegion, keysLine: keysLine)
        case nil:
            top.render(into: &frame, region: bodyRegion, context: context)
        }
        let hint = overlay != nil ? "" :
            app.statusHint.format(language, firstKeyName(.help, in: top.keyContexts), firstKeyName(.quit, in: top.keyContexts))
        StatusLine.render(into: &frame, row: size.rows - 1, toast: toast, hint: hint)
        return frame
    }

    /// The first key for `action`, for the short hints in the status line and dialogs.
    private func firstKeyName(_ action: Action, in contexts: [KeyContext]) -> String {
        keymap.keys(for: action, in: contexts).first?.name ?? MessageCatalog.app.unbound[language]
    }
}

public enum AppEvent: Equatable, Sendable {
    /// The loop is starting: the first time, the top screen hears `.appeared`, so it can load
    /// before the first frame.
    case started
    case key(Key)
    /// Pasted text: typed into the focused text field, never taken as keys.
    case paste(String)
    case resized(TerminalSize)
    case tick
}

/// A command some screen asked to run, with the screen's stack depth for the result.
public struct PendingCommand {
    public let command: any AppCommand
    let origin: Int
}
