import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last SIGTERM/SIGHUP received, 0 for none. An atomic is async-signal-safe;
/// the handler only stores into it and the loop reads it between inputs.
private let pendingSignal = Atomic<Int32>(0)

/// Turns SIGTERM and SIGHUP (a dropped ssh session) into a flag the loop checks,
/// so the loop can end normally: restore the terminal, keep drafts.
enum SignalWatch {
    static func install() {
        for sig in [SIGTERM, SIGHUP] {
            signal(sig) { received in pendingSignal.store(received, ordering: .relaxed) }
        }
    }

    static func uninstall() {
        for sig in [SIGTERM, SIGHUP] { signal(sig, SIG_DFL) }
    }

    /// The pending signal, if any (the flag stays set: the loop is ending).
    static var received: Int32? {
        let value = pendingSignal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
