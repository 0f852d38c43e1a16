/// The columns of a repair-order export (shared/formats.md), known by English or Chinese name.
public enum RepairOrderColumn: String, CaseIterable, Sendable {
    case roNumber = "ro_number", customerName = "customer_name", phone, address, plate, vin, model
    case vehicleKind = "vehicle_kind", visitType = "visit_type", openedAt = "opened_at"
    case deliveredAt = "delivered_at", mileage, items, serviceAdvisor = "service_advisor", amount
    case nextServiceDate = "next_service_date", nextServiceMileage = "next_service_mileage"
    case rework, clubMember = "club_member"

    public var chineseName: String {
        switch self {
        case .roNumber: "工单号"
        case .customerName: "客户名称"
        case .phone: "电话"
        case .address: "地址"
        case .plate: "车牌号"
        case .vin: "车架号"
        case .model: "车型"
        case .vehicleKind: "车种"
        case .visitType: "业务类型"
        case .openedAt: "进厂时间"
        case .deliveredAt: "交车时间"
        case .mileage: "里程"
        case .items: "维修项目"
        case .serviceAdvisor: "服务顾问"
        case .amount: "金额"
        case .nextServiceDate: "下次保养日期"
        case .nextServiceMileage: "下次保养里程"
        case .rework: "返修"
        case .clubMember: "会员"
        }
    }

    public var isRequired: Bool {
        switch self {
        case .roNumber, .customerName, .phone, .plate, .model, .visitType, .openedAt, .deliveredAt: true
        default: false
        }
    }

    /// Where the column comes in `allCases`, found in a copy kept of it.
    var caseIndex: Int { Self.inOrder.firstIndex(of: self)! }
    private static let inOrder = allCases

    public init?(header: String) {
        let h = header.trimmed
        if let c = RepairOrderColumn(rawValue: h.lowercased()) { self = c; return }
        guard let c = RepairOrderColumn.allCases.first(where: { $0.chineseName == h }) else { return nil }
        self = c
    }
}

/// Which position of a row holds which column, resolved once from the header row.
public struct RepairOrderHeader: Sendable {
    public let positions: [RepairOrderColumn: Int]
    public let unknownColumns: [String]
    /// `positions` in `RepairOrderColumn.allCases` order, -1 for a column the file lacks: a row's
    /// cells are found without hashing.
    private let positionByCase: [Int]

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case missing([RepairOrderColumn]), repeated(RepairOrderColumn)
        public var description: String {
            switch self {
            case .missing(let cols): "missing required column(s): " + cols.map(\.rawValue).joined(separator: ", ")
            case .repeated(let col): "column \(col.rawValue) appears twice"
            }
        }
    }

    public init(_ headers: [String]) throws(Problem) {
        var positions: [RepairOrderColumn: Int] = [:]
        var unknown: [String] = []
        for (i, h) in headers.enumerated() {
            let name = i == 0 ? String(h.drop(while: { $0 == "\u{FEFF}" })) : h
            if let col = RepairOrderColumn(header: name) {
                guard positions[col] == nil else { throw .repeated(col) }
                positions[col] = i
            } else if !name.trimmed.isEmpty {
                unknown.append(name)
            }
        }
        let missing = RepairOrderColumn.allCases.filter { $0.isRequired && positions[$0] == nil }
        guard missing.isEmpty else { throw .missing(missing) }
        self.positions = positions
        unknownColumns = unknown
        positionByCase = RepairOrderColumn.allCases.map { positions[$0] ?? -1 }
    }

    /// The column's cell in a row, -1 if the file has no such column.
    public func position(of column: RepairOrderColumn) -> Int { positionByCase[column.caseIndex] }
}
