/// A rep took a task: nobody else is handed it until `until` (renewed while the call is open).
public struct TaskClaimed: DomainEvent, Equatable {
    public static let type = "task.claimed"
    public var taskID: String
    public var claim: Claim

    public init(taskID: String, claim: Claim) { self.taskID = taskID; self.claim = claim }

    public init(fields reader: any FieldReader) throws(EventDecodingError) {
        let f = try FieldDecoder(reader, type: Self.type, minimumCount: 4)
        taskID = f.string(0)
        claim = Claim(login: f.string(1), at: try f.time(2), until: try f.time(3))
    }

    public var fields: [String] { [taskID, claim.login, claim.at.description, claim.until.description] }

    public func apply(to state: inout StoreState) { state.calls.claim(taskID, claim) }
}

/// A rep let go of a task without logging a call.
public struct TaskReleased: DomainEvent, Equatable {
    public static let type = "task.released"
    public var taskID: String
    public var login: String
    public var at: CivilTime

    public init(taskID: String, login: String, at: CivilTime) { self.taskID = taskID; self.login = login; self.at = at }

    public init(fields reader: any FieldReader) throws(EventDecodingError) {
        let f = try FieldDecoder(reader, type: Self.type, minimumCount: 3)
        taskID = f.string(0); login = f.string(1); at = try f.time(2)
    }

    public var fields: [String] { [taskID, login, at.description] }

    public func apply(to state: inout StoreState) { state.calls.release(taskID, by: login) }
}
