import RevisitCore
import RevisitStore

/// One call: the customer and the visit on top, the survey question by question (a rating
/// key each), the customer's words, the outcome; save. Opening it claims the task (renewed
/// while it stays open); leaving without saving lets it go. A save that shows a problem
/// offers the quick-handling form.
public struct CallScreen: Screen {
    public let taskID: String
    var loaded: LoadedCall?
    var form: CallForm?
    var saving = false
    var claimedAt: CivilTime?
    /// What a draft kept, put back once the call is claimed again.
    var restoring: Draft?

    static let renewAfterMinutes = 5

    public init(taskID: String) { self.taskID = taskID }

    public var keyContexts: [KeyContext] { form?.acceptsText == true ? [.text, .call] : [.call] }
    public var acceptsText: Bool { form?.acceptsText ?? false }
    public var hasUnsavedInput: Bool { form?.hasInput ?? false }

    public func title(_ c: ScreenContext) -> String { c.format(MessageCatalog.call.title, taskID) }

    public mutating func handle(_ input: ScreenInput, context c: ScreenContext) -> Response {
        switch input {
        case .appeared where loaded == nil:
            let id = taskID, language = c.language
            return .handled([.run(StoreQuery { session in LoadedCall(taskID: id, session: session, language: language) })])
        case .commandResult(let result as LoadedCall):
            switch result.claim {
            case .failure(let error):
                var why = MessageCatalog.refusals.text(for: error, c.language)
                // A resumed call that cannot be taken again still shows what was typed for it.
                if let words = restoring?.fields["words"], !words.isEmpty {
                    why = c.format(MessageCatalog.call.draftNotResumed, why, words)
                }
                return .handled([.pop, .status(why, .error)])
            case .success(let task):
                loaded = result
                claimedAt = result.claimedAt
                var f = CallForm(questions: result.questions, kind: task.kind, language: c.language)
                if let restoring { f.restore(restoring.fields) }
                form = f
                restoring = nil
                return .done
            }
        case .tick:
            return .handled([.run(renewClaim())])
        case .commandResult(let renewed as ClaimRenewed):
            claimedAt = renewed.at
            return .done
        case .commandResult(let saved as SavedCall):
            saving = false
            return afterSave(saved, c)
        case .action(.saveCall):
            return save(c)
        case .action(.back):
            let release = StoreQuery { [taskID] session in _ = session.perform(ReleaseTask(taskID: taskID)); return nil }
            if hasUnsavedInput {
                return .handled([.confirm(c.text(MessageCatalog.app.discardUnsaved), onYes: [.run(release), .pop])])
            }
            return .handled([.run(release), .pop])
        case .action, .character:
            guard var f = form else { return .ignored }
            let used = f.handle(input, width: c.bodySize.cols - 2)
            form = f
            if used { return .done }
            if case .character = input { return .done }
            if case .action(let action) = input { return Navigator.response(to: action) ?? .ignored }
            return .ignored
        default:
            return .ignored
        }
    }

    /// Takes the claim again a few minutes in, so nobody else is handed the call while it is open.
    func renewClaim() -> StoreQuery {
        let id = taskID, since = claimedAt
        return StoreQuery { session in
            guard let since, session.now >= since.adding(minutes: Self.renewAfterMinutes) else { return nil }
            guard case .success = session.perform(ClaimTask(taskID: id, config: session.config)) else { return nil }
            return ClaimRenewed(at: session.now)
        }
    }

    mutating func save(_ c: ScreenContext) -> Response {
        guard let form, !saving else { return .done }
        let m = MessageCatalog.call
        let id = taskID
        // The store's own settings replace the placeholder when the command runs.
        switch form.command(taskID: id, config: ShopConfig()) {
        case .failure(.badCallback(let text)):
            return .handled([.status(MessageCatalog.dates.problem(time: text, field: m.callback[c.language], c.language), .error)])
        case .failure(.badDate(let text)):
            return .handled([.status(MessageCatalog.dates.problem(date: text, field: m.nextService[c.language], c.language), .error)])
        case .success(var command):
            saving = true
            return .handled([.run(StoreQuery { session in
                command.config = session.config
                return SavedCall(result: session.perform(command))
            })])
        }
    }

    func afterSave(_ saved: SavedCall, _ c: ScreenContext) -> Response {
        let m = MessageCatalog.call
        switch saved.result {
        case .failure(let error):
            return .handled([.status(MessageCatalog.refusals.text(for: error, c.language), .error)])
        case .success(let call):
            let done: [Effect] = [.pop, .status(c.format(m.saved, call.id), .success)]
            guard call.showsProblem else { return .handled(done) }
            let prefill = ComplaintFormScreen.Prefill(customerID: call.customerID, plateKey: loaded?.plateKey,
                                                      callID: call.id, words: call.words, channel: .followUpCall)
            return .handled(done + [.confirm(c.text(m.offerForm), onYes: [.push(ComplaintFormScreen(prefill))])])
        }
    }

    public func render(into f: inout Frame, region: Rect, context c: ScreenContext) {
        guard let loaded, let form else { return }
        for (i, line) in loaded.header.enumerated() {
            f.put(line, row: region.row + i, col: region.col + 1, width: region.cols - 2,
                  style: i == 1 && loaded.overdue ? .color(.overdue) : .plain)
        }
        let m = MessageCatalog.call
        let body = Rect(row: region.row + 4, col: region.col + 1, rows: region.rows - 5, cols: region.cols - 2)
        if form.showsSurvey(in: body.rows) {
            f.put(c.text(m.surveyHeading), row: region.row + 3, col: region.col + 1, width: region.cols - 2, style: .dim)
        }
        _ = form.render(into: &f, region: body)
        let keys = { (a: Action, ctx: [KeyContext]) in c.keyNames(for: a, in: ctx) }
        f.put(c.format(m.hint, keys(.saveCall, [.call]), keys(.nextField, [.call]), keys(.nextChoice, [.call]), keys(.back, [.call])),
              row: region.row + region.rows - 1, col: region.col + 1, width: region.cols - 2, style: .dim)
    }
}

struct ClaimRenewed {
    var at: CivilTime
}

/// A call half typed survives a dropped terminal as a draft; resumed, it claims the task again.
extension CallScreen: DraftKeeping {
    public static let draftKind = "call"
    static let taskKey = "task"

    public var draft: Draft? {
        guard let form, form.hasInput else { return nil }
        var fields = form.values
        fields[Self.taskKey] = taskID
        let words = fields["words"] ?? ""
        return Draft(kind: Self.draftKind, summary: "\(taskID): \(String(words.prefix(30)))", fields: fields)
    }

    public init?(draft: Draft) {
        guard draft.kind == Self.draftKind, let task = draft.fields[Self.taskKey], !task.isEmpty else { return nil }
        self.init(taskID: task)
        restoring = draft
    }
}
