/// Turns one CSV row into a `RepairOrder`, or lists every problem in it.
public struct RepairOrderValidator: Sendable {
    public let header: RepairOrderHeader

    public init(header: RepairOrderHeader) { self.header = header }

    public func validate(_ cells: [String], line: Int) -> Result<RepairOrder, RowProblems> {
        validate(CellTable(rows: [cells], lines: [line]), row: 0)
    }

    /// Row `r` of the table; reads the cells' bytes and makes Strings only of the text kept.
    public func validate(_ table: CellTable, row r: Int) -> Result<RepairOrder, RowProblems> {
        var row = RowReader(table: table, row: r, header: header)
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
///
/// Each value is first read from the cell's bytes in its common spelling; anything else (and
/// every bad cell) goes through the text rules, which alone word the problems.
struct RowReader {
    let table: CellTable
    let row: Int
    let header: RepairOrderHeader
    let line: Int
    var problems: [RowProblem] = []

    init(table: CellTable, row: Int, header: RepairOrderHeader) {
        self.table = table; self.row = row; self.header = header; line = table.lines[row]
    }

    mutating func problem(_ column: RepairOrderColumn, _ reason: String) {
        problems.append(RowProblem(line: line, column: column.rawValue, reason: reason))
    }

    /// The cell's bytes less the spaces at either end (`trimmed`).
    func withRaw<R>(_ column: RepairOrderColumn, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        table.withCell(row: row, header.position(of: column)) { cell in
            if let trimmed = SpaceTrimming.trimmed(cell) { return body(trimmed) }
            var text = String(decoding: cell, as: UTF8.self).trimmed
            return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
    }

    func raw(_ column: RepairOrderColumn) -> String { withRaw(column) { String(decoding: $0, as: UTF8.self) } }

    mutating func text(_ column: RepairOrderColumn, required: Bool = false, multiline: Bool = false) -> String {
        let (value, forbidden) = withRaw(column) { bytes in
            (String(decoding: bytes, as: UTF8.self), ControlCharacters.firstForbidden(in: bytes, multiline: multiline))
        }
        if required && value.isEmpty { problem(column, "is empty") }
        if let bad = forbidden {
            problem(column, "contains control character \(ControlCharacters.name(bad))")
        }
        return value
    }

    mutating func phone() -> String? {
        if let digits = withRaw(.phone, Phone.digits(plainUTF8:)) { return digits }
        switch Phone.parse(raw(.phone)) {
        case .success(let p): return p.digits
        case .failure(let why): problem(.phone, "\(String(reflecting: raw(.phone))) \(why)"); return nil
        }
    }

    mutating func vin() -> String {
        if let vin = withRaw(.vin, VIN.plainUppercased(utf8:)) { return vin }
        let value = raw(.vin).uppercased()
        if !value.isEmpty, let why = VIN.problem(value) { problem(.vin, "\(String(reflecting: value)) \(why)") }
        return value
    }

    mutating func visitType() -> VisitType? {
        if let t = withRaw(.visitType, VisitType.init(plainUTF8:)) { return t }
        let value = raw(.visitType)
        guard let t = VisitType(spelled: value) else {
            problem(.visitType, value.isEmpty ? "is empty" :
                "\(String(reflecting: value)) is not one of " + VisitType.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        return t
    }

    mutating func time(_ column: RepairOrderColumn) -> CivilTime? {
        if let t = withRaw(column, CivilTime.init(utf8:)) { return t }
        let value = raw(column)
        problem(column, value.isEmpty ? "is empty" :
            "\(String(reflecting: value)) " + BadDateText.time(value, noun: "date", shape: "YYYY-MM-DD or YYYY-MM-DD HH:MM"))
        return nil
    }

    mutating func date(_ column: RepairOrderColumn) -> CivilDate? {
        let (empty, date) = withRaw(column) { ($0.isEmpty, CivilDate(utf8: $0)) }
        if empty || date != nil { return date }
        let value = raw(column)
        problem(column, "\(String(reflecting: value)) " + BadDateText.date(value))
        return nil
    }

    mutating func wholeNumber(_ column: RepairOrderColumn, max: Int) -> Int? {
        let (empty, plain) = withRaw(column) { bytes in
            (bytes.isEmpty, bytes.count <= 18 ? Digits.value(bytes, 0, bytes.count) : nil)
        }
        if empty { return nil }
        if let plain, plain <= max { return plain }
        let value = raw(column)
        guard value.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(value), n <= max else {
            problem(column, "\(String(reflecting: value)) is not a whole number from 0 to \(max)")
            return nil
        }
        return n
    }

    mutating func amount() -> Int? {
        let (empty, cents) = withRaw(.amount) { ($0.isEmpty, Money.cents(utf8: $0)) }
        if empty || cents != nil { return cents }
        problem(.amount, "\(String(reflecting: raw(.amount))) is not an amount (not negative, at most 2 decimal places)")
        return nil
    }

    mutating func flag(_ column: RepairOrderColumn) -> Bool {
        if let answer = withRaw(column, Self.plainFlag) { return answer }
        switch raw(column).lowercased() {
        case "", "no", "否", "0": return false
        case "yes", "是", "1": return true
        default:
            problem(column, "\(String(reflecting: raw(column))) is not yes/no, 是/否 or 1/0")
            return false
        }
    }

    /// `flag`'s answer for the exact spellings, read from bytes; nil for anything else.
    static func plainFlag(_ bytes: UnsafeRawBufferPointer) -> Bool? {
        if bytes.isEmpty || ASCIIBytes.equal(bytes, "否") || ASCIIBytes.equalIgnoringCase(bytes, "no")
            || ASCIIBytes.equalIgnoringCase(bytes, "0") { return false }
        if ASCIIBytes.equal(bytes, "是") || ASCIIBytes.equalIgnoringCase(bytes, "yes")
            || ASCIIBytes.equalIgnoringCase(bytes, "1") { return true }
        return nil
    }
}

public enum Money {
    /// "1260.50" -> 126050. Nil for negatives, more than two decimals, or anything not a number.
    public static func cents(_ text: String) -> Int? { Digits.withUTF8(text, cents(utf8:)) }

    /// The same from UTF-8 bytes: ASCII digits, then optionally a dot and one or two digits (any
    /// byte that is not ASCII fails, as any character that is not fails the text).
    public static func cents(utf8 bytes: UnsafeRawBufferPointer) -> Int? {
        let dot = bytes.firstIndex(of: UInt8(ascii: "."))
        let whole = UnsafeRawBufferPointer(rebasing: bytes[..<(dot ?? bytes.count)])
        guard whole.count <= 12, let units = Digits.value(whole, 0, whole.count) else { return nil }
        guard let dot else { return units * 100 }
        let fraction = UnsafeRawBufferPointer(rebasing: bytes[(dot + 1)...])
        guard fraction.count <= 2, let hundredths = Digits.value(fraction, 0, fraction.count) else { return nil }
        return units * 100 + (fraction.count == 1 ? hundredths * 10 : hundredths)
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

    /// The first forbidden scalar in UTF-8 bytes: a C0 or C1 control or DEL, by its encoding
    /// (C1 controls are the two bytes C2 80 to C2 9F).
    public static func firstForbidden(in bytes: UnsafeRawBufferPointer, multiline: Bool) -> Unicode.Scalar? {
        // Most cells have no byte that could start one.
        guard bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return nil }
        for (i, b) in bytes.enumerated() {
            let scalar: UInt8
            if b < 0x20 || b == 0x7F { scalar = b }
            else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] & 0xE0 == 0x80 { scalar = bytes[i + 1] }
            else { continue }
            if isForbidden(Unicode.Scalar(scalar), multiline: multiline) { return Unicode.Scalar(scalar) }
        }
        return nil
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
