import Foundation
import RevisitCore
import RevisitStore

/// An opened store with the acting staff member and the shop-local time: what every
/// subcommand that reads or changes data starts from.
struct Session {
    let store: RevisitStore
    let actor: StaffMember

    /// `warningOfLeftOut`: say on standard error what the journal could not give (the terminal
    /// interface says it on its status line instead).
    init(_ options: StoreOptions, warningOfLeftOut: Bool = true, readingWholeJournal: () -> Void = {}) throws {
        store = try RevisitStore(opening: options.url, readingWholeJournal: readingWholeJournal)
        if warningOfLeftOut { Self.warn(leftOut: store.leftOut) }
        // One session per process, which ends soon after the command: freeing a large store's
        // state piece by piece on the way out costs a tenth of a second at 100,000 customers
        // for nothing, so the store is kept until the process exits.
        _ = Unmanaged.passRetained(store)
        actor = try Identity.resolve(osLogin: Self.osLogin, requested: Self.environment("REVISIT_USER"),
                                     staff: store.staff)
    }

    /// Refuses a command that only an admin may run, saying what it was and who the actor is.
    func requireAdmin(to action: String) throws {
        guard actor.role == .admin else {
            throw CommandError.notAllowed("only an admin may \(action); you are \(actor.role.rawValue) \(actor.login)")
        }
    }

    /// A command goes on without what the journal could not give, but says so: what it prints
    /// lacks those records, and whoever keeps the store must look.
    static func warn(leftOut: [String]) {
        guard let first = leftOut.first else { return }
        let more = leftOut.count > 1 ? " (the first of \(leftOut.count))" : ""
        CommandLineRunner.say("warning: a journal record could not be read and is missing from what follows\(more): \(first); "
                              + "`revisit check` lists every one")
    }

    /// The current shop-local time; `$REVISIT_NOW` ("YYYY-MM-DD HH:MM") fixes it for scripts and tests.
    var now: CivilTime { get throws { try Self.now(in: store.config.timeZone) } }

    static func now(in timeZone: String) throws -> CivilTime {
        if let fixed = environment("REVISIT_NOW") {
            guard let t = CivilTime(fixed) else { throw Refusal("REVISIT_NOW=\(fixed) " + BadDateText.time(fixed)) }
            return t
        }
        return ShopClock.civilTime(Date(), timeZone: timeZone)
    }

    static func environment(_ name: String) -> String? {
        guard let v = ProcessInfo.processInfo.environment[name], !v.isEmpty else { return nil }
        return v
    }

    static var osLogin: String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return environment("USER") ?? "unknown"
    }

    /// Parses a `--at`/`--as-of` value, or takes now.
    func time(_ text: String?, option: String) throws -> CivilTime {
        guard let text else { return try now }
        guard let t = CivilTime(text) else { throw Refusal("\(option) \(text) " + BadDateText.time(text)) }
        return t
    }

    /// Runs `command`; `applying: false` for the process's last command (see `RevisitStore.perform`).
    func perform<C: Command>(_ command: C, at time: CivilTime? = nil, applying: Bool = true) throws -> C.Outcome {
        try store.perform(command, as: actor, now: time ?? now, applying: applying)
    }
}

enum ShopClock {
    static func civilTime(_ date: Date, timeZone: String) -> CivilTime {
        let zone = TimeZone(identifier: timeZone) ?? .current
        let seconds = Int(date.timeIntervalSince1970) + zone.secondsFromGMT(for: date)
        return CivilTime(minutes: Int((Double(seconds) / 60).rounded(.down)))
    }
}
