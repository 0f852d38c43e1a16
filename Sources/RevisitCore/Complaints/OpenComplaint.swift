/// Records a complaint in the customer's words; whoever opens it owns it (first-person
/// responsibility). Any staff member may open one. The outcome is the new complaint's id.
public struct OpenComplaint: Command {
    /// A customer id, phone or plate. A plate also names the vehicle when `plate` is nil.
    public var customer: String
    public var plate: String?
    public var callID: String?
    /// nil: `follow-up-call` when the complaint comes from a call, else `inbound-call`.
    public var channel: ComplaintChannel?
    /// Stored byte for byte, never trimmed.
    public var words: String
    /// The responsible person may be given by login or name; an empty department becomes
    /// the responsible person's own.
    public var handling: ComplaintHandling
    public var note: String

    public static let maxWords = 4000

    public init(customer: String, plate: String? = nil, callID: String? = nil, channel: ComplaintChannel? = nil,
                words: String, category: ComplaintCategory, crisis: ComplaintCrisis = .none, department: String = "",
                responsible: String = "", deadline: CivilDate? = nil, note: String = "") {
        self.customer = customer; self.plate = plate; self.callID = callID; self.channel = channel
        self.words = words; self.note = note
        handling = ComplaintHandling(category: category, crisis: crisis, department: department,
                                     responsible: responsible, deadline: deadline)
    }

    public func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: String) {
        let state = context.state
        guard let customer = state.findCustomer(customer) else {
            throw CommandError(.notFound, .noCustomerMatches(key: self.customer))
        }
        let plateKey = try vehicle(of: customer, in: state)
        guard !ComplaintText.isBlank(words) else {
            throw CommandError(.invalid, .wordsEmpty)
        }
        guard words.count <= Self.maxWords else {
            throw .invalid("the customer's words are \(words.count) characters; at most \(Self.maxWords) are kept")
        }
        let callID = ComplaintText.optional(self.callID)
        var handling = self.handling
        handling.department = try ComplaintText.label(handling.department, what: "department")
        if !handling.responsible.trimmed.isEmpty {
            let person = try ComplaintText.staffMember(handling.responsible, role: "responsible person", in: context.staff)
            handling.responsible = person.login
            if handling.department.isEmpty { handling.department = person.department }
        }
        if let deadline = handling.deadline, deadline < context.now.date {
            throw CommandError(.invalid, .deadlineBeforeReceipt(deadline: deadline, received: context.now.date))
        }
        let opened = ComplaintOpened(
            id: state.complaints.nextID, customerID: customer.id, plateKey: plateKey, callID: callID,
            owner: context.actor.login, receivedAt: context.now,
            channel: channel ?? (callID == nil ? .inboundCall : .followUpCall), words: words,
            handling: handling, note: note)
        return ([opened], opened.id)
    }

    /// The vehicle named by `plate`, or by the customer key when that was a plate.
    func vehicle(of customer: Customer, in state: StoreState) throws(CommandError) -> String? {
        guard let written = ComplaintText.optional(plate) else {
            let key = Plate.key(self.customer)
            return state.vehicles[key]?.ownerID == customer.id ? key : nil
        }
        guard let vehicle = state.vehicles[Plate.key(written)] else {
            throw .notFound("no vehicle with plate \(String(reflecting: written))")
        }
        guard vehicle.ownerID == customer.id else {
            throw .invalid("vehicle \(vehicle.plate) belongs to customer \(vehicle.ownerID), not to \(customer.id)")
        }
        return vehicle.plateKey
    }
}

/// Checks shared by opening and updating a complaint.
enum ComplaintText {
    /// A department name: one line of printable text (may be empty).
    static func label(_ text: String, what: String) throws(CommandError) -> String {
        let t = text.trimmed
        if t.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalid("\(what) \(String(reflecting: text)) contains a control character")
        }
        return t
    }

    /// Free text (words, notes) with nothing but white space in it, line breaks included.
    static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    /// nil for nil or blank text, else the text trimmed.
    static func optional(_ text: String?) -> String? {
        guard let t = text?.trimmed, !t.isEmpty else { return nil }
        return t
    }

    static func staffMember(_ login: String, role: String, in staff: StaffDirectory) throws(CommandError) -> StaffMember {
        guard let member = staff.find(login.trimmed) else {
            throw .invalid("\(role) \(String(reflecting: login)) is not on the staff list")
        }
        return member
    }
}
