/// Complaints and their histories (the complaints issue fills this in).
public struct ComplaintBook: Sendable {
    public init() {}
}
