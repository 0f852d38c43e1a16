/// Which complaints' standings in the supervisor's queue some events may have changed: the
/// complaint opened or updated, and every complaint of a customer called (a call can be the
/// first contact). Nil when an event may change more (an import, an event the queue does not
/// know); claims and customer edits change no standing.
public enum ComplaintImpact {
    public static func complaintIDs(touchedBy events: [any DomainEvent], in state: StoreState) -> Set<String>? {
        var ids = Set<String>()
        for event in events {
            switch event {
            case let e as ComplaintOpened: ids.insert(e.id)
            case let e as ComplaintUpdated: ids.insert(e.id)
            case let e as CallLogged: ids.formUnion(state.complaints.idsByCustomer[e.call.customerID] ?? [])
            case is CustomerSaved, is TaskClaimed, is TaskReleased: break
            default: return nil
            }
        }
        return ids
    }
}
