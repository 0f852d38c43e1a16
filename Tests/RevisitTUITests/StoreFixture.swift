import Foundation
import RevisitCore
import RevisitStore
@testable import RevisitTUI

/// A small store on disk with Chinese, Korean and Spanish customers, and a session on it,
/// for screen tests that go through the real store.
final class StoreFixture {
    let directory: URL
    let store: RevisitStore
    let session: StoreSession
    static let admin = StaffMember(login: "boss", name: "Boss", role: .admin)
    static let now = CivilTime("2026-11-23 10:00")!

    static let csv = """
    ro_number,customer_name,phone,plate,model,vehicle_kind,visit_type,opened_at,delivered_at,amount,items
    RO-1,张伟,13800138000,粤B·12345,朗逸,轿车,maintenance,2026-11-02 09:10,2026-11-02 15:40,580.00,"更换机油, 机滤"
    RO-2,李娜,13912345678,粤B·88K21,途观L,SUV,repair,2026-11-03 08:30,2026-11-05 17:00,1260.50,左前门异响检修
    RO-3,Kim Minjun,01012345678,서울12가3456,Tiguan,SUV,maintenance,2026-11-10 14:00,2026-11-10 16:00,450.00,Oil change
    RO-4,María García,+34 612 345 678,1234 BCD,Golf,turismo,promo,2026-11-11 10:00,2026-11-11 10:40,0,Free winter check
    RO-5,欧阳建华,13700001111,粤A·6F789,迈腾,轿车,repair,2025-06-01 09:00,2025-06-01 17:00,300.00,更换前刹车片

    """

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("revisit-tui-\(UUID().uuidString)")
        try RevisitStore.create(at: directory, admin: Self.admin)
        store = try RevisitStore(opening: directory)
        let file = try RepairOrderFile(data: Data(Self.csv.utf8), name: "fixture.csv")
        precondition(file.problems.isEmpty, "\(file.problems)")
        _ = try store.perform(ImportRepairOrders(orders: file.orders), as: Self.admin, now: Self.now)
        session = StoreSession(store: store, actor: Self.admin) { StoreFixture.now }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Runs `root` on an 80x24 memory terminal through `script`, returning the last screen.
    func run(_ root: any Screen, _ script: (MemoryTerminal) -> Void) throws -> [String] {
        var app = try app(root)
        return run(&app, script)
    }

    func app(_ root: any Screen, language: Language = .english) throws -> App {
        App(root: root, keymap: try Fixtures.shippedKeymap(), language: language, size: TerminalSize(rows: 24, cols: 80))
    }

    /// Runs the app until the script ends; the app keeps its screens for a next run.
    func run(_ app: inout App, _ script: (MemoryTerminal) -> Void) -> [String] {
        let terminal = MemoryTerminal(rows: app.size.rows, cols: app.size.cols)
        script(terminal)
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil, runCommand: RevisitInterface.runner(session))
        return terminal.lines()
    }
}
