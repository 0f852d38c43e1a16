/// Turns one CSV row into a `RepairOrder`, or lists every problem in it.
public struct RepairOrderValidator: Sendable {
    public let header: RepairOrderHeader

    public init(header: RepairOrderHeader) { self.header = header }

    public func validate(_ cells: [String], line: Int) -> Result<RepairOrder, RowProblems> {
        var row = RowReader(cells: cells, header: header, line: line)
        let ro = row.text(.roNumber, required: true)
        let name = row.text(.customerName, required: true)
        let phone = row.phone()
        let address = row.text(.address)
        let plate = row.text(.plate, required: true)
        let vin = row.vin()
        let model = row.text(.model, required: true)
        let kind = row.text(.vehicleKind)
        let type = row.visitType()
        let opened = row.time(.openedAt)
        let delivered = row.time(.deliveredAt)
        if let o = opened, let d = delivered, d < o {
            row.problem(.deliveredAt, "\(d) is before opened_at \(o)")
        }
        let mileage = row.wholeNumber(.mileage, max: 2_000_000)
        let items = row.text(.items, multiline: true)
        let advisor = row.text(.serviceAdvisor)
        let amount = row.amount()
        let nextDate = row.date(.nextServiceDate)
        let nextMileage = row.wholeNumber(.nextServiceMileage, max: 2_000_000)
        let rework = row.flag(.rework)
        let club = row.flag(.clubMember)
        guard row.problems.isEmpty, let type, let opened, let delivered, let phone else {
            return .failure(RowProblems(problems: row.problems))
        }
        return .success(RepairOrder(
            roNumber: ro, customerName: name, phone: phone, address: address, plate: plate, vin: vin,
            model: model, vehicleKind: kind, visitType: type, openedAt: opened, deliveredAt: delivered,
            mileage: mileage, items: items, serviceAdvisor: advisor, amountCents: amount,
            nextServiceDate: nextDate, nextServiceMileage: nextMileage, rework: rework, clubMember: club))
    }
}

/// Reads typed values from one row, collecting a problem per bad cell.
struct RowReader {
    let cells: [String]
    let header: RepairOrderHeader
    let line: Int
    var problems: [RowProblem] = []

    init(cells: [String], header: RepairOrderHeader, line: Int) {
        self.cells = cells; self.header = header; self.line = line
    }

    mutating func problem(_ column: RepairOrderColumn, _ reason: String) {
        problems.append(RowProblem(line: line, column: column.rawValue, reason: reason))
    }

    func raw(_ column: RepairOrderColumn) -> String { header.value(column, in: cells).trimmed }

    mutating func text(_ column: RepairOrderColumn, required: Bool = false, multiline: Bool = false) -> String {
        let value = raw(column)
        if required && value.isEmpty { problem(column, "is empty") }
        if let bad = value.unicodeScalars.first(where: { ControlCharacters.isForbidden($0, multiline: multiline) }) {
            problem(column, "contains control character \(ControlCharacters.name(bad))")
        }
        return value
    }

    mutating func phone() -> String? {
        switch Phone.parse(raw(.phone)) {
        case .success(let p): return p.digits
        case .failure(let why): problem(.phone, "\(String(reflecting: raw(.phone))) \(why)"); return nil
        }
    }

    mutating func vin() -> String {
        let value = raw(.vin).uppercased()
        if !value.isEmpty, let why = VIN.problem(value) { problem(.vin, "\(String(reflecting: value)) \(why)") }
        return value
    }

    mutating func visitType() -> VisitType? {
        let value = raw(.visitType)
        guard let t = VisitType(spelled: value) else {
            problem(.visitType, value.isEmpty ? "is empty" :
                "\(String(reflecting: value)) is not one of " + VisitType.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        return t
    }

    mutating func time(_ column: RepairOrderColumn) -> CivilTime? {
        let value = raw(column)
        guard let t = CivilTime(value) else {
            problem(column, value.isEmpty ? "is empty" :
                "\(String(reflecting: value)) is not a date as YYYY-MM-DD or YYYY-MM-DD HH:MM")
            return nil
        }
        return t
    }

    mutating func date(_ column: RepairOrderColumn) -> CivilDate? {
        let value = raw(column)
        if value.isEmpty { return nil }
        guard let d = CivilDate(value) else {
            problem(column, "\(String(reflecting: value)) is not a date as YYYY-MM-DD")
            return nil
        }
        return d
    }

    mutating func wholeNumber(_ column: RepairOrderColumn, max: Int) -> Int? {
        let value = raw(column)
        if value.isEmpty { return nil }
        guard value.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(value), n <= max else {
            problem(column, "\(String(reflecting: value)) is not a whole number from 0 to \(max)")
            return nil
        }
        return n
    }

    mutating func amount() -> Int? {
        let value = raw(.amount)
        if value.isEmpty { return nil }
        guard let cents = Money.cents(value) else {
            problem(.amount, "\(String(reflecting: value)) is not an amount (not negative, at most 2 decimal places)")
            return nil
        }
        return cents
    }

    mutating func flag(_ column: RepairOrderColumn) -> Bool {
        switch raw(column).lowercased() {
        case "", "no", "否", "0": return false
        case "yes", "是", "1": return true
        default:
            problem(column, "\(String(reflecting: raw(column))) is not yes/no, 是/否 or 1/0")
            return false
        }
    }
}

public enum Money {
    /// "1260.50" -> 126050. Nil for negatives, more than two decimals, or anything not a number.
    public static func cents(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 12,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || !fraction.isEmpty else { return nil }
        while fraction.count < 2 { fraction += "0" }
        return Int(whole)! * 100 + Int(fraction)!
    }

    public static func format(_ cents: Int) -> String {
        "\(cents / 100).\(Digits.pad(cents % 100, 2))"
    }
}

public enum ControlCharacters {
    /// C0 controls, DEL and C1 controls; newlines only where the field may hold several lines.
    public static func isForbidden(_ s: Unicode.Scalar, multiline: Bool) -> Bool {
        if multiline && (s == "\n" || s == "\r") { return false }
        return s.value < 0x20 || (0x7F...0x9F).contains(s.value)
    }

    public static func name(_ s: Unicode.Scalar) -> String {
        switch s.value {
        case 0x1B: "ESC (0x1B)"
        case 0x09: "TAB (0x09)"
        case 0x0A: "line break"
        default: "0x" + String(s.value, radix: 16, uppercase: true)
        }
    }
}
