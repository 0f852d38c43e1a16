import RevisitCore
import RevisitStore

/// The quick-handling form (快速处理表): the customer's words and what the desk decides
/// (category, crisis, responsible department and person, deadline). Saving opens the
/// complaint owned by whoever is at the terminal. Prefilled from a call that showed a
/// problem or from the customer card; empty (customer typed in) for an inbound complaint.
public struct ComplaintFormScreen: Screen {
    public struct Prefill: Sendable {
        public var customerID: String?
        public var plateKey: String?
        public var callID: String?
        public var words: String
        public var channel: ComplaintChannel?

        public init(customerID: String? = nil, plateKey: String? = nil, callID: String? = nil, words: String = "",
                    channel: ComplaintChannel? = nil) {
            self.customerID = customerID; self.plateKey = plateKey; self.callID = callID
            self.words = words; self.channel = channel
        }
    }

    let prefill: Prefill
    var fields: ComplaintFields?
    var saving = false
    /// Field values from a draft, put back once the fields are built.
    var restoring: [String: String]?

    public init(_ prefill: Prefill = Prefill()) { self.prefill = prefill }

    public var keyContexts: [KeyContext] { fields?.acceptsText == true ? [.text, .complaintForm] : [.complaintForm] }
    public var acceptsText: Bool { fields?.acceptsText ?? false }
    public var hasUnsavedInput: Bool { fields?.hasTypedText ?? false }

    public func title(_ c: ScreenContext) -> String { c.text(MessageCatalog.complaints.formTitle) }

    public mutating func handle(_ input: ScreenInput, context c: ScreenContext) -> Response {
        switch input {
        case .appeared where fields == nil:
            let prefill = self.prefill, language = c.language
            return .handled([.run(StoreQuery { session in ComplaintFormData(prefill, session: session, language: language) })])
        case .commandResult(let data as ComplaintFormData):
            var f = data.fields
            for (key, value) in restoring ?? [:] { f.set(key, to: value) }
            fields = f
            restoring = nil
            return .done
        case .commandResult(let saved as ComplaintOpenResult):
            saving = false
            switch saved.result {
            case .success(let id): return .handled([.pop, .status(c.format(MessageCatalog.complaints.opened, id), .success)])
            case .failure(let error): return .handled([.status(MessageCatalog.refusals.text(for: error, c.language), .error)])
            }
        case .action(.saveComplaint):
            return save(c)
        case .action(.newline) where fields?.focused?.rows == 1, .action(.select):
            fields?.moveFocus(by: 1)
            return .done
        case .action, .character:
            guard var f = fields else { return .ignored }
            let used = f.handle(input, width: c.bodySize.cols - 2)
            fields = f
            if used { return .done }
            if case .character = input { return .done }
            return .ignored
        default:
            return .ignored
        }
    }

    mutating func save(_ c: ScreenContext) -> Response {
        guard let f = fields, !saving else { return .done }
        let deadlineText = f["deadline"].trimmed
        let deadline = CivilDate(deadlineText)
        if !deadlineText.isEmpty && deadline == nil {
            let field = MessageCatalog.complaints.labelDeadline[c.language]
            return .handled([.status(MessageCatalog.dates.problem(date: deadlineText, field: field, c.language), .error)])
        }
        let command = OpenComplaint(
            customer: prefill.customerID ?? f["customer"], plate: prefill.customerID == nil ? nil : f["vehicle"],
            callID: prefill.callID, channel: ComplaintChannel(rawValue: f["channel"]), words: f["words"],
            category: ComplaintCategory(rawValue: f["category"]) ?? .other,
            crisis: ComplaintCrisis(rawValue: f["crisis"]) ?? .none,
            department: f["department"], responsible: f["responsible"], deadline: deadline, note: f["note"])
        saving = true
        return .handled([.run(StoreQuery { session in ComplaintOpenResult(result: session.perform(command)) })])
    }

    public func render(into frame: inout Frame, region: Rect, context c: ScreenContext) {
        guard let fields else { return }
        let used = fields.render(into: &frame, region: Rect(row: region.row, col: region.col + 1, rows: region.rows - 1,
                                                            cols: region.cols - 2), active: true)
        let m = MessageCatalog.complaints
        let key = { (action: Action) in c.keyNames(for: action, in: [.complaintForm]) }
        let keys = c.format(m.formKeys, key(.saveComplaint), key(.nextField), key(.nextChoice), key(.back))
        frame.put(keys, row: region.row + min(used + 1, region.rows - 1), col: region.col + 1, width: region.cols - 2, style: .dim)
    }
}

struct ComplaintOpenResult {
    let result: Result<String, any Error>
}

/// What the form needs from the store, and the fields built from it.
struct ComplaintFormData {
    let fields: ComplaintFields

    init(_ p: ComplaintFormScreen.Prefill, session: StoreSession, language: Language) {
        let m = MessageCatalog.complaints
        let names = MessageCatalog.complaintNames
        let state = session.state
        var list: [ComplaintField] = []
        func choice(_ key: String, _ label: Msg, _ options: [String], _ selected: String?, _ name: (String) -> String) {
            let named = Dictionary(options.map { ($0, name($0)) }) { a, _ in a }
            list.append(ComplaintField(key: key, label: label[language],
                                       input: .choice(ChoiceField(options: options, selected: selected), names: named)))
        }
        if let id = p.customerID, let customer = state.customers[id] {
            list.append(ComplaintField(key: "customer", label: m.labelCustomer[language],
                                       input: .fixed("\(customer.id)  \(customer.name)  \(customer.primaryPhone)")))
            let vehicles = state.vehicles(of: id)
            let selected = p.plateKey ?? (vehicles.count == 1 ? vehicles[0].plateKey : "")
            choice("vehicle", m.labelVehicle, [""] + vehicles.map(\.plateKey), selected) { key in
                key.isEmpty ? m.noVehicle[language] : vehicles.first { $0.plateKey == key }.map { "\($0.plate)  \($0.model)" } ?? key
            }
        } else {
            list.append(.text("customer", m.labelCustomerKey[language], p.customerID ?? "", limit: 40))
        }
        if let call = p.callID { list.append(ComplaintField(key: "call", label: m.labelCall[language], input: .fixed(call))) }
        let channel = p.channel ?? (p.callID == nil ? .inboundCall : .followUpCall)
        choice("channel", m.labelChannel, ComplaintChannel.allCases.map(\.rawValue), channel.rawValue) {
            ComplaintChannel(rawValue: $0).map { names.name(of: $0)[language] } ?? $0
        }
        list.append(.area("words", m.labelWords[language], p.words, rows: 4, limit: OpenComplaint.maxWords))
        choice("category", m.labelCategory, ComplaintCategory.allCases.map(\.rawValue), nil) {
            ComplaintCategory(rawValue: $0).map { names.name(of: $0)[language] } ?? $0
        }
        choice("crisis", m.labelCrisis, ComplaintCrisis.allCases.map(\.rawValue), ComplaintCrisis.none.rawValue) {
            ComplaintCrisis(rawValue: $0).map { names.name(of: $0)[language] } ?? $0
        }
        choice("department", m.labelDepartment, [""] + session.config.departments, "") {
            $0.isEmpty ? m.noDepartment[language] : MessageCatalog.domain.department($0, language)
        }
        let staff = session.store.staff.members
        choice("responsible", m.labelResponsible, [""] + staff.map(\.login), "") { login in
            login.isEmpty ? m.nobody[language] : staff.first { $0.login == login }.map { "\($0.name) (\($0.login))" } ?? login
        }
        list.append(.text("deadline", m.labelDeadlineInput[language], limit: 10))
        list.append(.text("note", m.labelNote[language], limit: 500))
        let labelWidth = min(26, (list.map { DisplayWidth.of($0.label) }.max() ?? 10) + 2)
        var fields = ComplaintFields(list, labelWidth: labelWidth)
        fields.focus(key: p.customerID == nil ? "customer" : (p.words.isEmpty ? "words" : "category"))
        self.fields = fields
    }
}

/// An unsaved quick-handling form survives a dropped terminal as a draft.
extension ComplaintFormScreen: DraftKeeping {
    public static let draftKind = "complaint-form"
    static let prefillKeys = (customer: "prefill.customer", plate: "prefill.plate", call: "prefill.call", channel: "prefill.channel")

    public var draft: Draft? {
        guard let fields, fields.hasTypedText else { return nil }
        let k = Self.prefillKeys
        var values = fields.values
        values[k.customer] = prefill.customerID ?? ""
        values[k.plate] = prefill.plateKey ?? ""
        values[k.call] = prefill.callID ?? ""
        values[k.channel] = prefill.channel?.rawValue ?? ""
        let who = prefill.customerID ?? fields["customer"]
        return Draft(kind: Self.draftKind, summary: "\(who): \(String(fields["words"].prefix(30)))", fields: values)
    }

    /// The form as a draft left it.
    public init?(draft: Draft) {
        guard draft.kind == Self.draftKind else { return nil }
        let k = Self.prefillKeys
        let value = { (key: String) in draft.fields[key].flatMap { $0.isEmpty ? nil : $0 } }
        self.init(Prefill(customerID: value(k.customer), plateKey: value(k.plate), callID: value(k.call),
                          channel: value(k.channel).flatMap(ComplaintChannel.init(rawValue:))))
        restoring = draft.fields
    }
}
