import Foundation
import RevisitCore
import RevisitStore

/// Writes what a store holds as one RFC 4180 CSV per table (with a header row), for loading
/// the same data into SQLite: `revisit-bench export-csv STORE DIR`.
enum TableExport {
    static func run(store url: URL, into directory: URL) throws {
        let store = try RevisitStore(opening: url)
        let s = store.state
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try write("customers", ["id", "name", "phone", "address", "club_member"], to: directory,
                  rows: s.customerIDs.lazy.compactMap { s.customers[$0] }.map {
                      [$0.id, $0.name, $0.primaryPhone, $0.address, FieldEncoding.bool($0.clubMember)]
                  })
        try write("vehicles", ["plate_key", "plate", "model", "kind", "owner_id"], to: directory,
                  rows: s.vehicles.values.lazy.map { [$0.plateKey, $0.plate, $0.model, $0.kind, $0.ownerID] })
        try write("visits", ["ro_number", "customer_id", "plate_key", "type", "opened_at", "delivered_at",
                             "mileage", "items", "service_advisor", "amount_cents", "next_service_date", "rework"],
                  to: directory, rows: s.visits.lazy.map {
                      [$0.roNumber, $0.customerID, $0.plateKey, $0.type.rawValue, $0.openedAt.description,
                       $0.deliveredAt.description, FieldEncoding.optional($0.mileage), $0.items, $0.serviceAdvisor,
                       FieldEncoding.optional($0.amountCents), FieldEncoding.optional($0.nextServiceDate),
                       FieldEncoding.bool($0.rework)]
                  })
        try write("complaints", ["id", "customer_id", "call_id", "received_at", "channel", "category", "department",
                                 "status", "words"],
                  to: directory, rows: s.complaints.all.lazy.map {
                      [$0.id, $0.customerID, $0.callID ?? "", $0.receivedAt.description, $0.channel.rawValue,
                       $0.category.rawValue, $0.department, $0.status.rawValue, $0.words]
                  })
        let questions = store.config.survey.map(\.id)
        try write("calls", ["id", "caller", "customer_id", "task_id", "task_kind", "visit_ro", "call_at", "outcome",
                            "overall", "problem", "win_back_cause", "words"] + questions.map { "rating_\($0)" },
                  to: directory, rows: s.calls.calls.lazy.map { c in
                      [c.id, c.caller, c.customerID, c.taskID, c.taskKind.rawValue, c.visitRO ?? "", c.callAt.description,
                       c.outcome.rawValue, FieldEncoding.optional(c.overall), FieldEncoding.bool(c.problem),
                       c.winBackCause?.rawValue ?? "", c.words]
                          + questions.map { FieldEncoding.optional(c.ratings[$0]) }
                  })
        print("exported \(s.customers.count) customers, \(s.vehicles.count) vehicles, \(s.visits.count) visits,",
              "\(s.calls.calls.count) calls, \(s.complaints.count) complaints to \(directory.path)")
        exit(0)
    }

    static func write(_ table: String, _ header: [String], to directory: URL,
                      rows: some Sequence<[String]>) throws {
        var text = CSVWriter.line(header)
        for row in rows { text += CSVWriter.line(row) }
        try Data(text.utf8).write(to: directory.appendingPathComponent("\(table).csv"))
    }
}
