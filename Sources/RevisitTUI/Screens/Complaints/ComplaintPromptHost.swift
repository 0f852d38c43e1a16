import RevisitCore
import RevisitStore

/// The in-place actions of a screen that shows complaints (the queue, the card): starts a
/// prompt for an action key, routes input to it while open, saves it, and reports the result.
struct ComplaintPromptHost {
    private(set) var prompt: ComplaintPrompt?

    var isOpen: Bool { prompt != nil }
    var acceptsText: Bool { prompt?.fields.acceptsText ?? false }
    var hasTypedText: Bool { prompt?.fields.hasTypedText ?? false }

    func keyContexts(_ screen: KeyContext) -> [KeyContext] { acceptsText ? [.text, screen] : [screen] }

    // MARK: drafts

    static let draftKind = "complaint-prompt"
    static let draftKeys = (complaint: "prompt.complaint", action: "prompt.action")

    /// The open prompt's typed input, to survive a dropped terminal (see `ComplaintCardScreen`).
    var draft: Draft? {
        guard let p = prompt, p.fields.hasTypedText else { return nil }
        var fields = p.fields.values
        fields[Self.draftKeys.complaint] = p.complaintID
        fields[Self.draftKeys.action] = p.action.name
        return Draft(kind: Self.draftKind, summary: "\(p.title): \(String((fields["note"] ?? "").prefix(30)).trimmed)", fields: fields)
    }

    /// Opens the prompt a draft was taken from on `complaint`, with what was typed in it.
    mutating func resume(_ draft: Draft, on complaint: Complaint, staff: [StaffMember], departments: [String],
                         language: Language) {
        guard let action = draft.fields[Self.draftKeys.action],
              start(Action(action), on: complaint, staff: staff, departments: departments, language: language) else { return }
        for (key, value) in draft.fields { prompt?.fields.set(key, to: value) }
    }

    /// Opens the prompt for `action` on `complaint`; false when `action` is not a prompt's.
    mutating func start(_ action: Action, on complaint: Complaint, staff: [StaffMember], departments: [String],
                        language: Language) -> Bool {
        guard let p = ComplaintPrompt(action, complaint: complaint, staff: staff, departments: departments,
                                      language: language) else { return false }
        prompt = p
        return true
    }

    /// Handles `input` while a prompt is open or when a save comes back; nil otherwise.
    /// After a successful save the prompt closes and `afterSave` runs (a reload).
    mutating func handle(_ input: ScreenInput, context c: ScreenContext, width: Int, afterSave: [Effect]) -> Response? {
        if case .commandResult(let saved as ComplaintSaveResult) = input {
            if let message = saved.errorMessage(c.language) {
                prompt?.problem = message
                return .handled([.status(message, .error)])
            }
            prompt = nil
            return .handled([.status(c.format(MessageCatalog.complaints.saved, saved.id), .success)] + afterSave)
        }
        guard var p = prompt else { return nil }
        switch input {
        case .action(.back):
            prompt = nil
            return .done
        case .action(.newline), .action(.select), .action(.saveComplaint):
            switch p.command(c.language) {
            case .success(let command): return .handled([.run(command.query)])
            case .failure(let problem):
                p.problem = problem.message
                prompt = p
                return .handled([.status(problem.message, .error)])
            }
        case .action, .character:
            _ = p.fields.handle(input, width: width - 2)
            prompt = p
            return .done
        default:
            return nil
        }
    }

    func render(into f: inout Frame, region: Rect, context c: ScreenContext, screen: KeyContext) -> Int {
        guard let p = prompt else { return 0 }
        let height = min(region.rows, p.height)
        p.render(into: &f, region: Rect(row: region.row + region.rows - height, col: region.col, rows: height, cols: region.cols),
                 context: c, keyContexts: keyContexts(screen))
        return height
    }
}
