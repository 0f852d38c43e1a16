import RevisitCore

/// One load of the supervisor's queue at a moment.
struct LoadedComplaintQueue {
    var standings: [ComplaintStanding]
    var rows: [TableRow]
    var counts: ComplaintCounts
    var staff: [StaffMember]
    var departments: [String]
    var revision: Int
    /// The store's `recentEvents.count` the queue was computed at.
    var eventCount: Int
    var asOf: CivilTime
    var language: Language

    init(session: StoreSession, asOf: CivilTime, language: Language) {
        let clocks = ComplaintClocks(session.config.businessHours)
        self.init(standings: session.state.complaintQueue(asOf: asOf, clocks: clocks), session: session, asOf: asOf, language: language)
    }

    private init(standings: [ComplaintStanding], session: StoreSession, asOf: CivilTime, language: Language) {
        self.standings = standings
        rows = standings.map { ComplaintRowText.queueRow($0, state: session.state, now: asOf, language) }
        counts = ComplaintCounts(standings)
        staff = session.store.staff.members
        departments = session.config.departments
        revision = session.revision
        eventCount = session.store.recentEvents.count
        self.asOf = asOf
        self.language = language
    }

    /// The queue after the store's new events at the same moment, with only the complaints they
    /// touched (`ComplaintImpact`) stood again and every row written again (names may have
    /// changed); nil when it has to be loaded whole (another moment, other staff, events that
    /// may change more).
    func updated(_ session: StoreSession, asOf: CivilTime, language: Language) -> LoadedComplaintQueue? {
        guard asOf == self.asOf, language == self.language, staff == session.store.staff.members,
              let events = session.store.recentEvents.since(eventCount),
              let touched = ComplaintImpact.complaintIDs(touchedBy: events, in: session.state) else { return nil }
        let clocks = ComplaintClocks(session.config.businessHours)
        var patched = standings.filter { !touched.contains($0.complaint.id) }
        patched += touched.compactMap { session.state.liveComplaintStanding($0, asOf: asOf, clocks: clocks) }
        patched.sort(by: ComplaintStanding.queueOrder)
        return LoadedComplaintQueue(standings: patched, session: session, asOf: asOf, language: language)
    }
}
