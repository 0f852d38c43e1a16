import RevisitCore

/// Where the global "go to" keys lead, and which screen a staff member starts on.
/// A new top-level screen adds one entry to `destinations`, whose order help lists them in
/// (the default keymap's F2 to F5).
public enum Navigator {
    public static let destinations: [(action: Action, make: @Sendable () -> any Screen)] = [
        (.goCustomers, { CustomerListScreen() }),
        (.goQueue, { CallQueueScreen() }),
        (.goComplaints, { ComplaintQueueScreen() }),
        (.goReports, { ReportScreen(kind: .week) }),
    ]

    /// The screen a staff member starts on: a rep's call list, a supervisor's complaint queue.
    public static func home(for actor: StaffMember) -> any Screen {
        switch actor.role {
        case .rep: CallQueueScreen()
        case .supervisor: ComplaintQueueScreen()
        default: CustomerListScreen()
        }
    }

    /// A "go to" action opens its screen on top; other actions are not navigation.
    public static func response(to action: Action) -> Response? {
        guard let destination = destinations.first(where: { $0.action == action }) else { return nil }
        return .handled([.push(destination.make())])
    }
}

extension Action {
    public static let goCustomers: Action = "go-customers"
}

extension ActionDescriptions {
    public static let navigation = ActionDescriptions([
        (.goCustomers, Msg(en: "Customers: search by name, phone or plate", zh: "客户：按姓名、电话或车牌搜索", ko: "고객: 이름, 전화 또는 차량 번호로 검색", es: "Clientes: buscar por nombre, teléfono o matrícula")),
    ])
}
