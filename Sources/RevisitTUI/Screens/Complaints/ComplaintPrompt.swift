import RevisitCore

/// One action on a complaint taken in place (from the queue or the card): assign, sign a
/// deadline, change the status with a note, close, add a note, record a contact. A few
/// fields at the bottom of the screen; saving runs `UpdateComplaint` for the complaint as
/// the screen last saw it (`expectedVersion`), so a change made meanwhile is not overwritten.
struct ComplaintPrompt {
    enum Kind { case assign, deadline, status, close, note, contacted }

    let kind: Kind
    /// The key's action that opened it, to open it again from a draft.
    let action: Action
    let complaintID: String
    let expectedVersion: Int
    let title: String
    var fields: ComplaintFields
    /// Why the last save was refused, shown under the title until the next save.
    var problem: String?

    /// The prompt for `action` on `complaint`, or nil when the action is not a prompt's.
    init?(_ action: Action, complaint: Complaint, staff: [StaffMember], departments: [String], language: Language) {
        let m = MessageCatalog.complaints
        let names = MessageCatalog.complaintNames
        let note = ComplaintField.text("note", m.labelNote[language], limit: 500)
        var list: [ComplaintField]
        switch action {
        case .complaintAssign:
            kind = .assign
            title = m.promptAssign.format(language, complaint.id)
            let people = Dictionary(staff.map { ($0.login, "\($0.name) (\($0.login))") }) { a, _ in a }
            let departmentNames = Dictionary(departments.map { ($0, MessageCatalog.domain.department($0, language)) }) { a, _ in a }
            list = [
                ComplaintField(key: "responsible", label: m.labelAssignTo[language], input: .choice(
                    ChoiceField(options: staff.map(\.login), selected: complaint.responsible), names: people)),
                ComplaintField(key: "department", label: m.labelDepartment[language], input: .choice(
                    ChoiceField(options: departments, selected: complaint.department), names: departmentNames)),
                note,
            ]
        case .complaintDeadline:
            kind = .deadline
            title = m.promptDeadline.format(language, complaint.id)
            list = [.text("deadline", m.labelDeadlineInput[language], complaint.deadline?.description ?? "", limit: 10),
                    .text("note", m.labelReason[language], limit: 500)]
        case .complaintStatus:
            kind = .status
            title = m.promptStatus.format(language, complaint.id)
            let next = complaint.status.nextStatuses.map(\.rawValue)
            let statusNames = Dictionary(ComplaintStatus.allCases.map { ($0.rawValue, names.name(of: $0)[language]) }) { a, _ in a }
            list = [ComplaintField(key: "status", label: m.labelStatus[language],
                                   input: .choice(ChoiceField(options: next), names: statusNames)), note]
        case .complaintClose:
            kind = .close
            title = m.promptClose.format(language, complaint.id)
            list = [.text("note", m.labelSummary[language], limit: 500)]
        case .complaintNote:
            kind = .note
            title = m.promptNote.format(language, complaint.id)
            list = [note]
        case .complaintContacted:
            kind = .contacted
            title = m.promptContacted.format(language, complaint.id)
            list = [note]
        default:
            return nil
        }
        self.action = action
        complaintID = complaint.id
        expectedVersion = complaint.history.count
        fields = ComplaintFields(list, labelWidth: max(12, list.map { DisplayWidth.of($0.label) + 2 }.max() ?? 12))
    }

    /// The update to run, or a message saying what is wrong with the input.
    func command(_ language: Language) -> Result<UpdateComplaint, PromptProblem> {
        let note = fields["note"]
        var update = ComplaintUpdate()
        switch kind {
        case .assign:
            update.responsible = fields["responsible"]
            update.department = fields["department"].isEmpty ? nil : fields["department"]
        case .deadline:
            let text = fields["deadline"].trimmed
            guard let date = CivilDate(text) else {
                let field = MessageCatalog.complaints.labelDeadline[language]
                return .failure(PromptProblem(MessageCatalog.dates.problem(date: text, field: field, language)))
            }
            update.deadline = date
        case .status:
            guard let status = ComplaintStatus(rawValue: fields["status"]) else {
                return .failure(PromptProblem(MessageCatalog.complaints.noNextStatus.format(language, complaintID)))
            }
            update.status = status
        case .close:
            update.status = .closed
            update.summary = note.isEmpty ? nil : note
        case .note:
            break
        case .contacted:
            update.contacted = true
        }
        return .success(UpdateComplaint(id: complaintID, update: update, note: note, expectedVersion: expectedVersion))
    }

    static let problemRows = 2

    /// Rows the prompt takes: its title, a refusal if any, its fields, the keys line.
    var height: Int { fields.rows + 2 + (problem == nil ? 0 : Self.problemRows) }

    func render(into f: inout Frame, region: Rect, context c: ScreenContext, keyContexts: [KeyContext]) {
        let m = MessageCatalog.complaints
        f.fill(region, style: .plain)
        f.put(title, row: region.row, col: region.col, width: region.cols, style: .bold)
        var row = region.row + 1
        if let problem {
            for line in TextWrap.lines(problem, width: region.cols - 2).prefix(Self.problemRows) {
                f.put(line, row: row, col: region.col + 2, width: region.cols - 2, style: Style(bold: true, color: .overdue))
                row += 1
            }
            row = region.row + 1 + Self.problemRows
        }
        fields.render(into: &f, region: Rect(row: row, col: region.col + 2, rows: fields.rows, cols: region.cols - 2), active: true)
        let keys = c.format(m.promptKeys, c.keyNames(for: .newline, in: [.text]), c.keyNames(for: .back, in: keyContexts),
                            c.keyNames(for: .nextField, in: keyContexts))
        f.put(keys, row: row + fields.rows, col: region.col, width: region.cols, style: .dim)
    }
}

/// Input a prompt or form cannot save, said in the UI's language.
struct PromptProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// What a save came back with: the complaint afterwards, or why it was refused.
struct ComplaintSaveResult {
    let id: String
    let result: Result<Complaint, any Error>

    func errorMessage(_ language: Language) -> String? {
        guard case .failure(let error) = result else { return nil }
        return MessageCatalog.refusals.text(for: error, language)
    }
}

extension UpdateComplaint {
    /// The update run against the store by the app loop's runner.
    var query: StoreQuery {
        let command = self
        return StoreQuery { session in ComplaintSaveResult(id: command.id, result: session.perform(command)) }
    }
}
