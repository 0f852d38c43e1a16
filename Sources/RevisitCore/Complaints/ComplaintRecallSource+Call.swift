/// What a logged call means for its complaint: a reached call on a complaint-recall task
/// must say whether the customer is satisfied, and that answer closes the complaint (with the
/// call's words as the summary for improvement) or reopens it.
extension ComplaintRecallSource {
    /// The complaint events `call` brings, decided at the call's time as the caller.
    public func eventsAfter(_ call: Call, on task: CallTask, _ context: CommandContext) throws(CommandError) -> [any DomainEvent] {
        guard call.outcome == .reached else { return [] }
        guard let satisfied = call.satisfied else {
            throw CommandError(.invalid, .recallNeedsSatisfied(task: call.taskID))
        }
        guard let (complaintID, _) = ComplaintRecallDue.parse(taskID: call.taskID) else {
            throw .invalid("task \(call.taskID): not a complaint recall task id")
        }
        var atCall = context
        atCall.now = call.callAt
        return try UpdateComplaint.recall(complaintID, satisfied: satisfied, callID: call.id, summary: call.words)
            .decide(atCall).events
    }
}
