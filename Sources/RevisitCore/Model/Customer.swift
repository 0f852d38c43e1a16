public enum CustomerClass: String, CaseIterable, Sendable {
    case potential, intending, retained, lostSale = "lost-sale"
}

public struct Customer: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Digits only; the first is the one to call.
    public var phones: [String]
    public var address: String
    public var classes: Set<CustomerClass>
    public var clubMember: Bool
    public var keyCustomer: Bool
    public var birthday: CivilDate?
    /// nil when the customer may be called; otherwise the reason they may not.
    public var doNotCall: String?
    /// Phones a call found to be wrong; no task goes to them until corrected.
    public var wrongPhones: Set<String>

    public init(id: String, name: String, phones: [String], address: String = "",
                classes: Set<CustomerClass> = [], clubMember: Bool = false, keyCustomer: Bool = false,
                birthday: CivilDate? = nil, doNotCall: String? = nil, wrongPhones: Set<String> = []) {
        self.id = id; self.name = name; self.phones = phones; self.address = address
        self.classes = classes; self.clubMember = clubMember; self.keyCustomer = keyCustomer
        self.birthday = birthday; self.doNotCall = doNotCall; self.wrongPhones = wrongPhones
    }

    public var primaryPhone: String { phones.first ?? "" }
    /// A phone that may be called, if any.
    public var callablePhone: String? { phones.first { !wrongPhones.contains($0) } }
}
