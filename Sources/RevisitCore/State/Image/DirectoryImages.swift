/// Customers and vehicles in a state image: every stored property, nothing derived.
extension Customer {
    func write(to w: inout ImageWriter) {
        w.string(id); w.string(name); w.strings(phones); w.string(address)
        w.int(CustomerClass.allCases.enumerated().reduce(0) { bits, c in classes.contains(c.element) ? bits | 1 << c.offset : bits })
        w.bool(clubMember); w.bool(keyCustomer)
        w.optional(birthday) { $0.int($1.days) }
        w.optional(doNotCall) { $0.string($1) }
        w.strings(wrongPhones.sorted())
    }

    init(from r: inout ImageReader) throws(ImageError) {
        let id = try r.string(), name = try r.string(), phones = try r.strings(), address = try r.string()
        let bits = try r.int()
        let classes = Set(CustomerClass.allCases.enumerated().filter { bits & 1 << $0.offset != 0 }.map(\.element))
        self.init(id: id, name: name, phones: phones, address: address, classes: classes,
                  clubMember: try r.bool(), keyCustomer: try r.bool(),
                  birthday: try r.optional { r throws(ImageError) in CivilDate(days: try r.int()) },
                  doNotCall: try r.optional { r throws(ImageError) in try r.string() },
                  wrongPhones: Set(try r.strings()))
    }
}

extension Vehicle {
    func write(to w: inout ImageWriter) {
        w.string(plateKey); w.string(plate); w.string(vin); w.string(model); w.string(kind); w.string(ownerID)
    }

    /// The plate key is read as stored, not worked out from the plate again.
    init(from r: inout ImageReader) throws(ImageError) {
        plateKey = try r.string(); plate = try r.string(); vin = try r.string()
        model = try r.string(); kind = try r.string(); ownerID = try r.string()
    }
}

extension Visit {
    func write(to w: inout ImageWriter) {
        w.string(roNumber); w.string(customerID); w.string(plateKey); w.string(items); w.string(serviceAdvisor)
        w.int(openedAt.minutes); w.int(deliveredAt.minutes)
        w.optional(nextServiceDate) { $0.int($1.days) }
        w.optional(mileage) { $0.int($1) }
        w.code(type); w.bool(rework)
        w.optional(amountCents) { $0.int($1) }
        w.optional(nextServiceMileage) { $0.int($1) }
    }

    init(from r: inout ImageReader) throws(ImageError) {
        let ro = try r.string(), customerID = try r.string(), plateKey = try r.string()
        let items = try r.string(), advisor = try r.string()
        let opened = CivilTime(minutes: try r.int()), delivered = CivilTime(minutes: try r.int())
        let nextDate = try r.optional { r throws(ImageError) in CivilDate(days: try r.int()) }
        let mileage = try r.optional { r throws(ImageError) in try r.int() }
        let type = try r.code(VisitType.self), rework = try r.bool()
        self.init(roNumber: ro, customerID: customerID, plateKey: plateKey, type: type, openedAt: opened,
                  deliveredAt: delivered, mileage: mileage, items: items, serviceAdvisor: advisor,
                  amountCents: try r.optional { r throws(ImageError) in try r.int() }, nextServiceDate: nextDate,
                  nextServiceMileage: try r.optional { r throws(ImageError) in try r.int() }, rework: rework)
    }
}
