/// Who is acting, when, and on what state: everything a command needs to decide.
public struct CommandContext: Sendable {
    public var state: StoreState
    public var staff: StaffDirectory
    public var actor: StaffMember
    public var now: CivilTime

    public init(state: StoreState, staff: StaffDirectory, actor: StaffMember, now: CivilTime) {
        self.state = state; self.staff = staff; self.actor = actor; self.now = now
    }
}

/// A change to the data. `decide` validates against the current state and yields the
/// events to append; it runs again under the store's lock, against whatever other
/// processes wrote meanwhile, so a precondition can never be checked on stale data.
public protocol Command: Sendable {
    associatedtype Outcome: Sendable
    func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: Outcome)
    /// Whether the command may save a customer or a vehicle. A store read from its cache then
    /// decodes its customers and vehicles before taking the journal's lock rather than while
    /// holding it (see `StoreState.decodeDirectory`).
    var mayChangeDirectory: Bool { get }
}

extension Command {
    public var mayChangeDirectory: Bool { false }
}

public struct CommandError: Error, Equatable, CustomStringConvertible {
    public enum Kind: Sendable { case invalid, notAllowed, conflict, notFound }
    public var kind: Kind
    public var message: String
    /// Set for the refusals a screen names in its own language (see `CommandReason`).
    public var reason: CommandReason?

    public init(_ kind: Kind, _ message: String) { self.kind = kind; self.message = message }
    public static func invalid(_ m: String) -> CommandError { .init(.invalid, m) }
    public static func notAllowed(_ m: String) -> CommandError { .init(.notAllowed, m) }
    public static func conflict(_ m: String) -> CommandError { .init(.conflict, m) }
    public static func notFound(_ m: String) -> CommandError { .init(.notFound, m) }
    public var description: String { message }

    /// Two refusals are the same when they say the same; `reason` is what the message was made from.
    public static func == (a: CommandError, b: CommandError) -> Bool { a.kind == b.kind && a.message == b.message }
}
