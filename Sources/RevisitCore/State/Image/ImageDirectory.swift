/// The customers and vehicles of a state read from an image, kept as the image held them (see
/// `ImageRecords`): found by id and plate key at once, the indexes a `Directory` keeps beside
/// them (the order customers were added, phones, each owner's plates) built from all of them
/// the first time something asks for one. Shared by every copy of the state that read it.
final class ImageDirectory: Sendable {
    let customers: ImageRecords<Customer>
    let vehicles: ImageRecords<Vehicle>
    /// The highest customer number among the ids, so new ids never repeat.
    let lastCustomerNumber: Int
    /// Every customer and vehicle decoded, with their indexes, saved in the order the image
    /// holds them (customers as added, vehicles by owner), which gives the indexes they had.
    private let built: BuiltOnce<Directory>

    init(customers: ImageRecords<Customer>, vehicles: ImageRecords<Vehicle>) {
        self.customers = customers
        self.vehicles = vehicles
        var last = 0
        customers.forEachKey { if let n = CustomerID.number($0) { last = max(last, n) } }
        lastCustomerNumber = last
        built = BuiltOnce {
            var d = Directory()
            d.reserveCapacity(customers: customers.count, vehicles: vehicles.count)
            for customer in customers.all { d.save(customer) }
            for vehicle in vehicles.all { d.save(vehicle) }
            return d
        }
    }

    /// `directory` if something has had it built already, else nil (nothing is built).
    var builtDirectory: Directory? { built.ifBuilt }

    var directory: Directory { built.value }
}
