/// What the complaint clocks say about one complaint at one moment.
public struct ComplaintFlags: Hashable, Sendable {
    public var crisis = false
    public var escalated = false
    public var overdue = false
    public var firstContactBreached = false
    public init(crisis: Bool = false, escalated: Bool = false, overdue: Bool = false, firstContactBreached: Bool = false) {
        self.crisis = crisis; self.escalated = escalated; self.overdue = overdue
        self.firstContactBreached = firstContactBreached
    }
}

/// The complaint clocks, on the shop's business hours.
///
/// Every clock counts *running* time: business minutes (see `BusinessClock`) while the
/// complaint is `open` or `in-progress`. It pauses while `waiting` and stops while
/// `resolved` or `closed`; a reopen starts it again where it stood. All three rules take
/// the complaint as it stood at `asOf` (changes dated later are not seen).
///
/// - First contact: breached when the complaint ran more than `firstContactMinutes`
///   (default 60) before its first contact, or is still uncontacted after running that
///   long. Received Monday 10:00: contacted at 11:00 is on time; 11:01 is a breach.
///   A contact is a contact note (`contacted`) or a call that reached the customer at or
///   after receipt (not the call the complaint came from).
/// - Escalated: at once for any crisis; otherwise once it has run more than
///   `escalateAfterDays` business days (default 2 x 570 = 1,140 minutes) unresolved.
///   Received Monday 10:00: not escalated at Wednesday 10:00, escalated at 10:01.
/// - Overdue: a signed deadline D ends at midnight after D (D+1 00:00). The deadline
///   grants a budget B = business minutes from receipt to that midnight. The complaint is
///   overdue at `asOf` when it is not resolved or closed, `asOf` is at or after D+1 00:00,
///   and it has run at least B minutes. With no pause that is exactly "from D+1 00:00 on";
///   each business minute spent waiting pushes the end back by one business minute
///   (an hour waiting: overdue from 09:30 on the next business day instead of midnight).
public struct ComplaintClocks: Sendable {
    public let clock: BusinessClock
    public let firstContactMinutes: Int
    public let escalateAfterMinutes: Int

    public init(_ hours: BusinessHours) {
        clock = BusinessClock(hours)
        firstContactMinutes = hours.firstContactMinutes
        escalateAfterMinutes = hours.escalateAfterDays * clock.dayLength
    }

    /// Business minutes the complaint's clock ran from receipt until `time`.
    public func runningMinutes(_ complaint: Complaint, until time: CivilTime) -> Int {
        complaint.statusSpans(until: time).reduce(0) { total, span in
            total + (span.status.clockRuns ? clock.businessMinutes(from: span.from, to: span.to) : 0)
        }
    }

    /// The complaint as it stood at `asOf`, with its first contact (its first contact note,
    /// or `firstCall` if earlier: a call that reached the customer) and its flags then; nil
    /// when it was received later. `StoreState.complaintStanding` finds the call.
    public func standing(of complaint: Complaint, asOf: CivilTime, firstCall: CivilTime?) -> ComplaintStanding? {
        guard let then = complaint.asOf(asOf) else { return nil }
        let contact = [then.firstContactAt, firstCall].compactMap { $0 }.min()
        return ComplaintStanding(complaint: then, contactedAt: contact, flags: flags(then, asOf: asOf, contactedAt: contact))
    }

    /// The flags of a complaint as it stood at `asOf` (pass `complaint.asOf(asOf)`), first
    /// contacted at `contactedAt` (nil: not yet).
    public func flags(_ complaint: Complaint, asOf: CivilTime, contactedAt: CivilTime?) -> ComplaintFlags {
        let running = runningMinutes(complaint, until: asOf)
        let contactRun = contactedAt.map { runningMinutes(complaint, until: min($0, asOf)) } ?? running
        return ComplaintFlags(
            crisis: complaint.crisis.isCrisis,
            escalated: complaint.crisis.isCrisis || running > escalateAfterMinutes,
            overdue: isOverdue(complaint, asOf: asOf, running: running),
            firstContactBreached: contactRun > firstContactMinutes)
    }

    func isOverdue(_ complaint: Complaint, asOf: CivilTime, running: Int) -> Bool {
        guard let deadline = complaint.deadline, complaint.status != .resolved, complaint.status != .closed else {
            return false
        }
        let endOfDay = CivilTime(date: deadline.adding(days: 1))
        guard asOf >= endOfDay else { return false }
        return running >= clock.businessMinutes(from: complaint.receivedAt, to: endOfDay)
    }
}
