import Foundation
import RevisitCore

/// A logged call as the CLI prints it; the customer's words go out exactly as stored.
struct CallOutput {
    let call: Call

    var json: [String: Any] {
        let c = call
        return [
            "id": c.id, "caller": c.caller, "customer": c.customerID, "task": c.taskID, "kind": c.taskKind.rawValue,
            "visit": JSONOutput.value(c.visitRO), "phone": c.phone, "call_at": c.callAt.description,
            "entered_at": c.enteredAt.description, "outcome": c.outcome.rawValue, "ratings": c.ratings.dictionary,
            "overall": c.overall.map { $0 as Any } ?? NSNull(), "words": c.words,
            "next_service_date": JSONOutput.value(c.mentionedServiceDate),
            "mileage": c.mentionedMileage.map { $0 as Any } ?? NSNull(), "problem": c.problem,
            "cause": JSONOutput.value(c.winBackCause?.rawValue), "callback_at": JSONOutput.value(c.callbackAt),
            "satisfied": c.satisfied.map { $0 as Any } ?? NSNull(),
        ]
    }

    var line: String {
        let c = call
        var out = "\(c.callAt)  \(c.id)  \(c.outcome.rawValue)  \(c.taskID)  by \(c.caller)"
        if let overall = c.overall { out += "  overall \(overall)" }
        if !c.ratings.isEmpty { out += "  " + c.ratings.map { "\($0.key)=\($0.value)" }.joined(separator: " ") }
        if c.problem { out += "  PROBLEM" }
        if let cause = c.winBackCause { out += "  cause \(cause.rawValue)" }
        if let back = c.callbackAt { out += "  call back \(back)" }
        if !c.words.isEmpty { out += "\n    " + c.words.replacingOccurrences(of: "\n", with: "\n    ") }
        return out
    }
}

extension Session {
    var queueQuery: (CivilTime, String?) -> TaskQuery {
        { TaskQuery(state: store.state, config: store.config, asOf: $0, customerID: $1) }
    }

    /// A customer's calls (newest first) and open tasks at `asOf`, for the card.
    func callsAndTasks(of customerID: String, asOf: CivilTime) -> (calls: [CallOutput], tasks: [TaskOutput]) {
        let calls = store.state.calls.calls(of: customerID).map(CallOutput.init)
        let tasks = CallQueue.open(queueQuery(asOf, customerID)).map { TaskOutput(task: $0, asOf: asOf, state: store.state) }
        return (calls, tasks)
    }
}
