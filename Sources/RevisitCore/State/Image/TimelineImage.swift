/// The visit timeline's indexes as a state image holds them, so reading one back builds
/// them without reading the visits (see `VisitTimeline.init(restoring:visits:visitsByCustomer:)`):
/// each vehicle's visits in delivery order with its maintenance anchor, by slot; the visits
/// delivered on each day; each customer's latest paying visit.
struct TimelineImage: Sendable {
    var vehicles: [(plateKey: String, visits: [Int], anchor: MaintenanceAnchor?)] = []
    var days: [(day: Int, visits: [Int])] = []
    var lastPaying: [(customerID: String, visit: Int, day: Int)] = []
}

extension MaintenanceAnchor {
    func write(to w: inout ImageWriter) { w.code(basis); w.int(date.days); w.int(newestVisit) }

    init(from r: inout ImageReader) throws(ImageError) {
        self.init(basis: try r.code(Basis.self), date: CivilDate(days: try r.int()), newestVisit: try r.int())
    }
}
