import Foundation
import XCTest
import RevisitCore
import RevisitStore
@testable import RevisitTUI

/// A store with staff and complaints made at known times, and sessions on it for any staff
/// member at any moment. 2026-11-23 is a Monday.
final class ComplaintScreenWorld {
    let fixture: StoreFixture
    var store: RevisitStore { fixture.store }
    var now: CivilTime

    static let staff = [
        StaffMember(login: "li.na", name: "李娜", role: .rep, department: "customer-service"),
        StaffMember(login: "wang.wu", name: "王五", role: .rep, department: "customer-service"),
        StaffMember(login: "zhao.lei", name: "赵磊", role: .advisor, department: "workshop"),
        StaffMember(login: "chen.jing", name: "陈静", role: .supervisor, department: "customer-service"),
    ]

    init(now: String = "2026-11-25 11:00") throws {
        fixture = try StoreFixture()
        self.now = CivilTime(now)!
        for member in Self.staff { try fixture.store.addStaff(member) }
    }

    func member(_ login: String) -> StaffMember { Self.staff.first { $0.login == login }! }

    @discardableResult
    func run<C: Command>(_ command: C, as login: String = "li.na", at time: String) throws -> C.Outcome {
        try store.perform(command, as: member(login), now: CivilTime(time)!)
    }

    @discardableResult
    func open(_ customer: String, at time: String, category: ComplaintCategory = .repairQuality, crisis: ComplaintCrisis = .none,
              words: String = "异响", responsible: String = "", deadline: String? = nil, as login: String = "li.na") throws -> String {
        try run(OpenComplaint(customer: customer, words: words, category: category, crisis: crisis, responsible: responsible,
                              deadline: deadline.flatMap { CivilDate($0) }), as: login, at: time)
    }

    func update(_ id: String, _ update: ComplaintUpdate, note: String = "", as login: String = "li.na", at time: String) throws {
        try run(UpdateComplaint(id: id, update: update, note: note), as: login, at: time)
    }

    /// Runs `root` for `login` on an 80x24 memory terminal through `script`; the app keeps
    /// its screens for a next `run`.
    func app(_ root: any Screen, language: Language = .english) throws -> App {
        try fixture.app(root, language: language)
    }

    /// Runs the app as `login` until the script ends; returns the terminal with the last frame.
    @discardableResult
    func run(_ app: inout App, as login: String, _ script: (MemoryTerminal) -> Void = { _ in }) -> MemoryTerminal {
        let session = StoreSession(store: store, actor: member(login)) { [unowned self] in self.now }
        let terminal = MemoryTerminal(rows: app.size.rows, cols: app.size.cols)
        script(terminal)
        _ = AppLoop.run(&app, terminal: terminal, tickInterval: nil, runCommand: RevisitInterface.runner(session))
        return terminal
    }

    /// The draft `app`'s top form would leave, and the lines of that form resumed from it in a
    /// new app, run once as `login`.
    func keptAndResumed(_ app: App, as login: String) throws -> (draft: Draft, lines: [String]) {
        let draft = try XCTUnwrap(DraftKinds.drafts(in: app.stack).first)
        let restore = try XCTUnwrap(DraftKinds.restorers[draft.kind])
        var again = try self.app(try XCTUnwrap(restore(draft)))
        return (draft, run(&again, as: login).lines().trimmedRight)
    }
}

extension Array where Element == String {
    /// The lines with trailing spaces dropped, for exact comparisons.
    var trimmedRight: [String] { map { String($0.reversed().drop { $0 == " " }.reversed()) } }
}
