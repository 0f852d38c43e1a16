/// A screen of the app: a value that handles inputs and renders itself.
/// See the overview at the top of App.swift.
public protocol Screen {
    /// Keymap contexts for the current state, most specific first (`global` is implied).
    /// A screen with a focused text field puts `.text` first.
    var keyContexts: [KeyContext] { get }
    /// True while a text field has focus: printable keys are typed, not looked up.
    var acceptsText: Bool { get }
    /// True when leaving would lose something typed; quit and back then ask first.
    var hasUnsavedInput: Bool { get }
    /// Shown in the title bar.
    func title(_ context: ScreenContext) -> String
    mutating func handle(_ input: ScreenInput, context: ScreenContext) -> Response
    /// Draws into `region` of `frame` (the body between title bar and status line).
    /// May set `frame.cursor` for a focused field.
    func render(into frame: inout Frame, region: Rect, context: ScreenContext)
}

extension Screen {
    public var acceptsText: Bool { false }
    public var hasUnsavedInput: Bool { false }
}

public enum ScreenInput {
    /// A key the keymap resolved in this screen's contexts (or global).
    case action(Action)
    /// A typed character: always when `acceptsText`, else only for keys that have no binding.
    case character(Character)
    /// The periodic tick (about every 250 ms): refresh from the store here.
    case tick
    /// The screen is on top again (pushed, or the one above it was popped).
    case appeared
    /// What the caller's command runner returned for a `.run` this screen issued.
    case commandResult(Any)
}

public enum Response {
    /// Not this screen's business: the app applies its default for the action
    /// (quit, help, back), or nothing.
    case ignored
    case handled([Effect])

    public static var done: Response { .handled([]) }
}

/// A command for the caller to execute (save a call, load a list...). RevisitTUI
/// never looks inside: the runner given to `AppLoop.run` does.
public protocol AppCommand {}

public enum StatusKind: Sendable {
    case info, success, error
}

public enum Effect {
    case push(any Screen)
    /// Back to the screen below (the root screen is never popped).
    case pop
    case replace(any Screen)
    /// Quit, asking first if any screen has unsaved input.
    case quit
    /// Quit without asking.
    case exit
    /// Run a command; its result comes back as `.commandResult` to this screen.
    case run(any AppCommand)
    /// Show a message in the status line for a few seconds.
    case status(String, StatusKind)
    /// Ask a yes/no question; on yes apply `onYes` as if this screen had returned them.
    case confirm(String, onYes: [Effect])
    /// Deliver an action to this screen (typically in a confirm's `onYes`).
    case perform(Action)
}
