/// A realistic, deterministic book of repair orders: Chinese names, mobile numbers and plates
/// (and a few Korean and Spanish customers), two years of visits of every type, the last ones
/// delivered in the days before `today` so there is work on the queue.
public struct DemoGenerator {
    public let customers: Int
    public let today: CivilDate
    var random: SeededRandom

    public init(customers: Int, seed: UInt64, today: CivilDate) {
        self.customers = customers
        self.today = today
        random = SeededRandom(seed: seed)
    }

    public static let staff: [StaffMember] = [
        StaffMember(login: "li.na", name: "李娜", role: .rep, department: "customer-service"),
        StaffMember(login: "zhao.min", name: "赵敏", role: .rep, department: "customer-service"),
        StaffMember(login: "kim.sy", name: "김서연", role: .rep, department: "customer-service", language: "ko"),
        StaffMember(login: "wang.fang", name: "王芳", role: .advisor, department: "service-advisor"),
        StaffMember(login: "liu.yang", name: "刘洋", role: .advisor, department: "service-advisor"),
        StaffMember(login: "chen.jing", name: "陈静", role: .advisor, department: "service-advisor"),
        StaffMember(login: "zhou.qiang", name: "周强", role: .supervisor, department: "customer-service"),
        StaffMember(login: "sun.li", name: "孙丽", role: .manager, department: "customer-service"),
    ]

    public mutating func repairOrders() -> [RepairOrder] {
        var orders: [RepairOrder] = []
        orders.reserveCapacity(customers * 4)
        var roNumber = 0
        for n in 0..<customers {
            let person = self.person(n)
            for _ in 0..<(random.chance(0.15) ? 2 : 1) {
                let car = random.pick(DemoVocabulary.models)
                let plate = self.plate(orders.count)
                for visit in visitPlan() {
                    roNumber += 1
                    orders.append(order(roNumber, person, plate: plate, car: car, visit: visit))
                }
            }
        }
        return orders
    }

    mutating func person(_ n: Int) -> (name: String, phone: String, address: String, club: Bool) {
        let name: String
        switch n % 50 {
        case 7: name = random.pick(DemoVocabulary.koreanNames)
        case 23: name = random.pick(DemoVocabulary.spanishNames)
        default: name = random.pick(DemoVocabulary.surnames) + random.pick(DemoVocabulary.givenNames)
        }
        // Unique per customer: a mobile prefix and the customer number.
        let phone = random.pick(["138", "139", "137", "158", "186", "135"]) + Digits.pad(n, 8)
        return (name, phone, random.chance(0.7) ? random.pick(DemoVocabulary.districts) : "", random.chance(0.2))
    }

    /// Unique per vehicle: the five characters after the province spell `serial` in base 34.
    mutating func plate(_ serial: Int) -> String {
        let letters = DemoVocabulary.plateLetters
        var tail = "", n = serial
        for _ in 0..<5 { tail.append(letters[n % letters.count]); n /= letters.count }
        return random.pick(DemoVocabulary.provincePlates) + "·" + String(tail.reversed())
    }

    /// Visit days (before today) and types for one vehicle: a delivery or first visit up to two
    /// years back, then maintenance every few months with repairs in between; some customers
    /// stop coming back.
    mutating func visitPlan() -> [(day: CivilDate, type: VisitType)] {
        var plan: [(CivilDate, VisitType)] = []
        var day = today.adding(days: -random.int(20...730))
        plan.append((day, random.chance(0.3) ? .delivery : .maintenance))
        let stopsComing = random.chance(0.2)
        while true {
            day = day.adding(days: random.int(40...200))
            if day >= today || (stopsComing && random.chance(0.4)) { break }
            let type: VisitType = random.pick([.maintenance, .maintenance, .maintenance, .repair, .repair,
                                               .warranty, .insurance, .bodywork, .promo])
            plan.append((day, type))
        }
        if random.chance(0.05) {
            plan.append((today.adding(days: -random.int(1...12)), random.pick([.maintenance, .repair])))
        }
        return plan
    }

    mutating func order(_ number: Int, _ person: (name: String, phone: String, address: String, club: Bool),
                        plate: String, car: (model: String, kind: String), visit: (day: CivilDate, type: VisitType)) -> RepairOrder {
        let opened = CivilTime(date: visit.day, hour: random.int(8...11), minute: random.pick([0, 10, 20, 30, 40, 50]))
        let delivered = visit.type == .bodywork || visit.type == .insurance
            ? CivilTime(date: visit.day.adding(days: random.int(1...4)), hour: random.int(14...17), minute: 30)
            : opened.adding(minutes: random.int(60...420))
        let amount = visit.type == .promo || visit.type == .delivery ? 0 : random.int(200...6000) * 100
        return RepairOrder(
            roNumber: "RO-" + Digits.pad(number, 8), customerName: person.name, phone: person.phone,
            address: person.address, plate: plate, vin: "", model: car.model, vehicleKind: car.kind,
            visitType: visit.type, openedAt: opened, deliveredAt: delivered,
            mileage: random.int(500...150_000), items: random.pick(DemoVocabulary.items[visit.type] ?? [""]),
            serviceAdvisor: random.pick(["王芳", "刘洋", "陈静"]), amountCents: amount,
            nextServiceDate: visit.type == .maintenance ? visit.day.adding(months: 6) : nil,
            nextServiceMileage: nil, rework: visit.type == .repair && random.chance(0.03),
            clubMember: person.club)
    }
}
