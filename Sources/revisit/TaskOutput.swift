import Foundation
import RevisitCore

/// A call task as the CLI prints it: one line for people, a CSV row, a JSON object.
struct TaskOutput {
    let task: CallTask
    let asOf: CivilTime
    // Looked up once: a store read from its cache decodes a customer or vehicle on each lookup.
    let customer: Customer?
    let vehicle: Vehicle?

    init(task: CallTask, asOf: CivilTime, state: StoreState) {
        self.task = task
        self.asOf = asOf
        customer = state.customers[task.customerID]
        vehicle = state.vehicles[task.plateKey]
    }

    static let csvHeader = ["task", "kind", "due_at", "overdue", "customer", "name", "phone", "plate", "attempts", "claimed_by"]

    var overdue: Bool { task.isOverdue(at: asOf) }
    var phone: String { customer?.callablePhone ?? "" }
    var plate: String { vehicle?.plate ?? task.plateKey }

    var csvRow: [String] {
        [task.id, task.kind.rawValue, task.dueAt.description, CSVOutput.flag(overdue), task.customerID,
         customer?.name ?? "", phone, plate, String(task.attempts), task.claimedBy ?? ""]
    }

    var json: [String: Any] {
        [
            "task": task.id, "kind": task.kind.rawValue, "status": task.status.spelled,
            "due_at": task.dueAt.description, "first_due_at": task.firstDueAt.description,
            "overdue_at": JSONOutput.value(task.overdueAt), "expires_at": JSONOutput.value(task.expiresAt),
            "overdue": overdue, "customer": task.customerID, "name": customer?.name ?? "", "phone": phone,
            "plate": plate, "plate_key": task.plateKey, "model": vehicle?.model ?? "",
            "visit": JSONOutput.value(task.visitRO), "attempts": task.attempts, "failed_attempts": task.failedAttempts,
            "last_contact": JSONOutput.value(task.lastContact), "claimed_by": JSONOutput.value(task.claimedBy),
            "claim_until": JSONOutput.value(task.claimUntil),
        ]
    }

    var line: String {
        var out = "\(task.dueAt)  \(overdue ? "OVERDUE" : "       ")  \(task.kind.rawValue)  \(task.id)  "
            + "\(task.customerID) \(customer?.name ?? "")  \(phone)  \(plate) \(vehicle?.model ?? "")  attempts \(task.attempts)"
        if let last = task.lastContact { out += "  last \(last)" }
        if let who = task.claimedBy { out += "  claimed by \(who)" }
        return out
    }
}
