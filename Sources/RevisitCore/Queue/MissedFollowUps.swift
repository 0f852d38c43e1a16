/// Follow-ups the desk failed to make, for the reports.
public enum MissedFollowUps {
    /// Satisfaction tasks that expired or closed as unreachable in `[from, to)`, by when
    /// they were missed (`endedAt`), then id. Customers marked do-not-call later still count.
    public static func satisfaction(_ query: TaskQuery, from: CivilTime, to: CivilTime) -> [CallTask] {
        let source = VisitFollowUpSource.satisfaction
        let atEnd = query.at(to)
        let firstDay = from.date.adding(days: -(query.rules.satisfactionExpireDays + 1)).days
        return (firstDay...max(firstDay, to.date.days))
            .flatMap { atEnd.state.calls.timeline.visits(deliveredOn: $0) }
            .compactMap { source.task(visitIndex: $0, atEnd) }
            .filter { task in
                guard let ended = task.endedAt, from <= ended, ended < to else { return false }
                return task.status == .expired || task.status == .closed(.unreachable)
            }
            .sorted { $0.endedAt! != $1.endedAt! ? $0.endedAt! < $1.endedAt! : $0.id < $1.id }
    }
}
