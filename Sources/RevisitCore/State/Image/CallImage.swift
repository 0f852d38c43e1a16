/// A call in a state image. Ratings keep the journal's own spelling, so reading them back
/// shares the question lists exactly as loading the journal does.
extension Call {
    func write(to w: inout ImageWriter) {
        w.string(id); w.string(caller); w.string(customerID); w.string(taskID)
        w.optional(visitRO) { $0.string($1) }
        w.string(phone); w.string(words)
        w.int(callAt.minutes); w.int(enteredAt.minutes)
        w.optional(callbackAt) { $0.int($1.minutes) }
        w.optional(mentionedServiceDate) { $0.int($1.days) }
        w.string(FieldEncoding.list(ratings.map { "\($0.key)=\($0.value)" }))
        w.optional(overall) { $0.int($1) }
        w.code(taskKind); w.code(outcome); w.bool(problem)
        w.optional(winBackCause) { $0.code($1) }
        w.optional(satisfied) { $0.bool($1) }
        w.optional(mentionedMileage) { $0.int($1) }
    }

    /// Sets each property as it is read: delegating to the memberwise `init` built a second
    /// call and copied it, retaining and releasing every String, a million times per open.
    init(from r: inout ImageReader) throws(ImageError) {
        id = try r.string(); caller = try r.string(); customerID = try r.string(); taskID = try r.string()
        visitRO = try r.optional { r throws(ImageError) in try r.string() }
        phone = try r.string(); words = try r.string()
        callAt = CivilTime(minutes: try r.int()); enteredAt = CivilTime(minutes: try r.int())
        callbackMinutes = try r.optional { r throws(ImageError) in try r.int() } ?? Self.none
        mentionedServiceDays = try r.optional { r throws(ImageError) in try r.int() } ?? Self.none
        switch Ratings.read(try r.stringBytes(), bad: { _ in EventDecodingError(type: CallLogged.type, reason: "ratings") }) {
        case .success(let read): ratings = read
        case .failure: throw .damaged("call \(id) has unreadable ratings")
        }
        overall = try r.optional { r throws(ImageError) in try r.int() }
        taskKind = try r.code(TaskKind.self); outcome = try r.code(CallOutcome.self); problem = try r.bool()
        winBackCause = try r.optional { r throws(ImageError) in try r.code(WinBackCause.self) }
        satisfied = try r.optional { r throws(ImageError) in try r.bool() }
        mentionedMileage = try r.optional { r throws(ImageError) in try r.int() }
    }
}

extension Call {
    /// The strings a call's fields start with, in order (see `write(to:)`).
    enum LeadingString: Int { case id, caller, customerID, taskID }

    /// A call as the image's calls section holds it: a header with what the ledger's indexes
    /// read (`CallSummary`) and the length of the call's fields, then the fields. Opening a
    /// store reads the headers only; a call's fields are decoded when it is read (see
    /// `EncodedEntities`).
    func writeRecord(to w: inout ImageWriter) {
        var fields = ImageWriter()
        write(to: &fields)
        w.int(callAt.minutes); w.code(taskKind); w.code(outcome)
        w.data(fields.bytes)
    }

    /// Reads a record's header: the call's summary and its fields' bytes, which `r` is left after.
    static func recordHeader(_ r: inout ImageReader) throws(ImageError) -> (CallSummary, fields: UnsafeRawBufferPointer) {
        let summary = CallSummary(minutes: try r.int(), kind: try r.code(TaskKind.self), outcome: try r.code(CallOutcome.self))
        return (summary, try r.stringBytes())
    }
}

extension Claim {
    func write(to w: inout ImageWriter) { w.string(login); w.int(at.minutes); w.int(until.minutes) }

    init(from r: inout ImageReader) throws(ImageError) {
        self.init(login: try r.string(), at: CivilTime(minutes: try r.int()), until: CivilTime(minutes: try r.int()))
    }
}
