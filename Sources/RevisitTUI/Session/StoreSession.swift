import RevisitCore
import RevisitStore

/// The open store as the screens see it: who is at the terminal, the time, the state, and a
/// way to change it. Screens never hold it; they ask for what they need with a `StoreQuery`.
public final class StoreSession {
    public let store: RevisitStore
    public let actor: StaffMember
    private let clock: () -> CivilTime
    /// Goes up whenever the state changed (a save here or another rep's, seen on refresh).
    public private(set) var revision = 0
    private var searchIndex: CustomerSearchIndex?
    /// The search index of the state as opened, built on the other core while the first screen
    /// shows: a store read from its cache decodes its customers only when first asked for all
    /// of them (see `StoreState.customers`), and a rep should not wait for that on a keypress.
    private var preparedSearch: BackgroundWork<CustomerSearchIndex, Never>?

    public init(store: RevisitStore, actor: StaffMember, clock: @escaping () -> CivilTime) {
        self.store = store
        self.actor = actor
        self.clock = clock
        let opened = store.state
        preparedSearch = BackgroundWork { CustomerSearchIndex(opened) }
    }

    public var now: CivilTime { clock() }
    public var state: StoreState { store.state }
    public var config: ShopConfig { store.config }

    /// Picks up other processes' saves; cheap when there are none.
    public func refreshIfChanged() {
        guard store.hasNewData() else { return }
        if (try? store.refresh()) == true { revision += 1 }
    }

    public func perform<C: Command>(_ command: C) -> Result<C.Outcome, any Error> {
        do {
            let outcome = try store.perform(command, as: actor, now: now)
            revision += 1
            return .success(outcome)
        } catch {
            return .failure(error)
        }
    }

    /// The search index, rebuilt only when a customer or vehicle changed.
    public var customerSearch: CustomerSearchIndex {
        if let prepared = preparedSearch {
            searchIndex = prepared.wait()
            preparedSearch = nil
        }
        if let index = searchIndex, index.revision == state.directoryRevision { return index }
        let index = CustomerSearchIndex(state)
        searchIndex = index
        return index
    }
}

/// A question or change for the store, run by the app loop's runner; its return value comes
/// back to the screen as `.commandResult`. Return nil to deliver nothing.
public struct StoreQuery: AppCommand {
    public let body: (StoreSession) -> Any?
    public init(_ body: @escaping (StoreSession) -> Any?) { self.body = body }
}
