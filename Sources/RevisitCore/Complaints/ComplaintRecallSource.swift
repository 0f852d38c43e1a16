/// The complaint recall (二次回访) as a queue task: once a complaint is resolved, its owner
/// calls the customer to confirm. Due at the resolution time, moved to the next calling
/// window when outside one; overdue once calling ends on the day after it was due; gone
/// (expired) when the complaint stops being resolved without a recall call (a supervisor
/// closed or reopened it). Logging the call with `satisfied` closes or reopens the complaint.
public struct ComplaintRecallSource: TaskSource {
    public let kind = TaskKind.complaintRecall

    public init() {}

    public func openTasks(_ query: TaskQuery) -> [CallTask] {
        let recalls = query.state.complaints.openRecalls(asOf: query.asOf, schedule: query.schedule,
                                                         customerID: query.customerID)
        return recalls.compactMap { recall in
            guard recall.dueAt <= query.asOf, CallPermission.allows(recall.customerID, in: query.state) else { return nil }
            let task = draft(recall, query).settled(query)
            return task.status.isOpen ? task : nil
        }
    }

    public func task(id: String, _ query: TaskQuery) -> CallTask? {
        guard let (complaintID, ordinal) = ComplaintRecallDue.parse(taskID: id),
              let recall = query.state.complaints.recalls(asOf: query.asOf, schedule: query.schedule,
                                                          complaintIDs: [complaintID]).first(where: { $0.ordinal == ordinal })
        else { return nil }
        return draft(recall, query).settled(query)
    }

    private func draft(_ recall: ComplaintRecallDue, _ query: TaskQuery) -> CallTask {
        var task = CallTask(id: recall.taskID, kind: kind, customerID: recall.customerID, plateKey: recall.plateKey ?? "",
                            firstDueAt: recall.dueAt,
                            overdueAt: query.schedule.lastCallEnds(on: recall.dueAt.date.adding(days: 1)),
                            expiresAt: recall.endedAt)
        task.assignee = recall.owner
        return task
    }
}
