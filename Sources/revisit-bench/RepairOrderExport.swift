import Foundation
import RevisitCore
import RevisitStore

/// A dealer-system export of `rows` repair orders from the demo generator, in the documented
/// column layout: `revisit-bench repair-orders ROWS SEED TODAY FILE`.
enum RepairOrderExport {
    static let header = ["ro_number", "customer_name", "phone", "address", "plate", "vin", "model", "vehicle_kind",
                         "visit_type", "opened_at", "delivered_at", "mileage", "items", "service_advisor", "amount",
                         "next_service_date", "next_service_mileage", "rework", "club_member"]

    static func run(rows: Int, seed: UInt64, today: CivilDate, to url: URL) throws {
        var customers = rows / 3 + 1
        var orders: [RepairOrder] = []
        while orders.count < rows {
            var generator = DemoGenerator(customers: customers, seed: seed, today: today)
            orders = generator.repairOrders()
            customers *= 2
        }
        var text = CSVWriter.line(header)
        for o in orders.prefix(rows) { text += CSVWriter.line(cells(o)) }
        try Data(text.utf8).write(to: url)
        print("wrote \(rows) repair orders to \(url.path)")
    }

    static func cells(_ o: RepairOrder) -> [String] {
        [o.roNumber, o.customerName, o.phone, o.address, o.plate, o.vin, o.model, o.vehicleKind, o.visitType.rawValue,
         o.openedAt.description, o.deliveredAt.description, FieldEncoding.optional(o.mileage), o.items,
         o.serviceAdvisor, o.amountCents.map(money) ?? "", FieldEncoding.optional(o.nextServiceDate),
         FieldEncoding.optional(o.nextServiceMileage), o.rework ? "yes" : "no", o.clubMember ? "yes" : "no"]
    }

    static func money(_ cents: Int) -> String { String(format: "%d.%02d", cents / 100, cents % 100) }
}
