import Foundation
import RevisitCore

/// A customer's file as the CLI prints it (text for people, JSON for scripts).
struct CustomerCard {
    let customer: Customer
    let state: StoreState
    /// The customer's complaints as they stand now, with their flags.
    var complaints: [ComplaintOutput] = []
    /// Every call with the customer's words (newest first), and the open tasks.
    var calls: [CallOutput] = []
    var tasks: [TaskOutput] = []
    /// Each vehicle's next maintenance as its reminder counts it (by plate key), and today.
    var serviceDates: [String: CivilDate] = [:]
    var today: CivilDate?

    var vehicles: [Vehicle] { state.vehicles(of: customer.id) }
    var visits: [Visit] { state.visits(of: customer.id) }

    var json: [String: Any] {
        let c = customer
        return [
            "customer": [
                "id": c.id, "name": c.name, "phones": c.phones, "address": c.address,
                "classes": c.classes.map(\.rawValue).sorted(), "club_member": c.clubMember,
                "key_customer": c.keyCustomer, "birthday": JSONOutput.value(c.birthday),
                "do_not_call": JSONOutput.value(c.doNotCall), "wrong_phones": c.wrongPhones.sorted(),
            ] as [String: Any],
            "vehicles": vehicles.map { v in
                ["plate": v.plate, "plate_key": v.plateKey, "vin": v.vin, "model": v.model, "kind": v.kind,
                 "next_service_date": JSONOutput.value(serviceDates[v.plateKey])] as [String: Any]
            },
            "visits": visits.map { v in
                ["ro_number": v.roNumber, "plate_key": v.plateKey, "type": v.type.rawValue,
                 "opened_at": v.openedAt.description, "delivered_at": v.deliveredAt.description,
                 "mileage": JSONOutput.value(v.mileage), "items": v.items, "service_advisor": v.serviceAdvisor,
                 "amount": JSONOutput.value(v.amountCents.map(Money.format)),
                 "next_service_date": JSONOutput.value(v.nextServiceDate),
                 "next_service_mileage": JSONOutput.value(v.nextServiceMileage), "rework": v.rework] as [String: Any]
            },
            "complaints": complaints.map(\.json),
            "calls": calls.map(\.json),
            "tasks": tasks.map(\.json),
        ]
    }

    var text: String {
        let c = customer
        var out = "\(c.id)  \(c.name)\n"
        out += "phone: \(c.phones.joined(separator: ", "))\n"
        if !c.address.isEmpty { out += "address: \(c.address)\n" }
        var marks = c.classes.map(\.rawValue).sorted()
        if c.clubMember { marks.append("club member") }
        if c.keyCustomer { marks.append("key customer") }
        if !marks.isEmpty { out += "class: \(marks.joined(separator: ", "))\n" }
        if let reason = c.doNotCall { out += "do not call: \(reason)\n" }
        out += "\nvehicles:\n"
        for v in vehicles {
            out += "  \(v.plate)  \(v.model)  \(v.kind)  \(v.vin)"
            if let due = serviceDates[v.plateKey] {
                out += "  next service \(due)"
                if let today, due < today { out += " (overdue)" }
            }
            out += "\n"
        }
        out += "\nvisits:\n"
        for v in visits {
            let amount = v.amountCents.map(Money.format) ?? ""
            out += "  \(v.deliveredAt)  \(v.roNumber)  \(v.type.rawValue)  \(v.plateKey)  \(amount)  \(v.items)\n"
        }
        if !tasks.isEmpty { out += "\nopen tasks:\n" + tasks.map { "  \($0.line)\n" }.joined() }
        if !calls.isEmpty { out += "\ncalls:\n" + calls.map { "  \($0.line)\n" }.joined() }
        if !complaints.isEmpty {
            out += "\ncomplaints:\n"
            for c in complaints { out += "  \(c.listLine)\n" }
        }
        return out
    }
}
