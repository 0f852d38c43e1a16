/// A customer as a list of search results shows one: the customer list's row, and a line of
/// `revisit customer find`.
public struct CustomerListing: Sendable {
    public let id: String
    public let name: String
    public let phone: String
    public let plates: [String]
    public let lastVisit: CivilDate?
    public let doNotCall: Bool

    /// Nil for an id the state has no customer under.
    public init?(_ id: String, in state: StoreState) {
        guard let c = state.customers[id] else { return nil }
        self.id = c.id; name = c.name; phone = c.primaryPhone
        plates = state.vehicles(of: id).map(\.plate)
        lastVisit = state.lastVisit(of: id)?.deliveredAt.date
        doNotCall = c.doNotCall != nil
    }
}
