/// A complaint in a state image: what was fixed when it was opened and its history. Reading
/// records the history again, which is how the journal's events built it.
extension Complaint {
    func write(to w: inout ImageWriter) {
        w.string(id); w.string(customerID)
        w.optional(plateKey) { $0.string($1) }
        w.optional(callID) { $0.string($1) }
        w.string(owner); w.int(receivedAt.minutes); w.code(channel); w.string(words)
        w.int(history.count)
        for entry in history { entry.write(to: &w) }
    }

    init(from r: inout ImageReader) throws(ImageError) {
        let id = try r.string(), customerID = try r.string()
        let plateKey = try r.optional { r throws(ImageError) in try r.string() }
        let callID = try r.optional { r throws(ImageError) in try r.string() }
        let owner = try r.string(), receivedAt = CivilTime(minutes: try r.int())
        let channel = try r.code(ComplaintChannel.self), words = try r.string()
        var history: [ComplaintHistoryEntry] = []
        for _ in 0 ..< max(0, try r.int()) { history.append(try ComplaintHistoryEntry(from: &r)) }
        // The opening entry's author is who owned the complaint before any change of owner.
        self.init(id: id, customerID: customerID, plateKey: plateKey, callID: callID, owner: history.first?.by ?? owner,
                  receivedAt: receivedAt, channel: channel, words: words)
        for entry in history { record(entry) }
        guard self.owner == owner else { throw .damaged("complaint \(id): its history does not give its owner") }
    }
}

extension ComplaintHistoryEntry {
    func write(to w: inout ImageWriter) {
        w.int(at.minutes); w.string(by); w.string(note)
        w.int(changes.count)
        for change in changes { change.write(to: &w) }
    }

    init(from r: inout ImageReader) throws(ImageError) {
        let at = CivilTime(minutes: try r.int()), by = try r.string(), note = try r.string()
        var changes: [ComplaintChange] = []
        for _ in 0 ..< max(0, try r.int()) { changes.append(try ComplaintChange(from: &r)) }
        self.init(at: at, by: by, changes: changes, note: note)
    }
}

extension ComplaintChange {
    func write(to w: inout ImageWriter) {
        switch self {
        case .opened: w.int(0)
        case .status(let from, let to): w.int(1); w.code(from); w.code(to)
        case .contacted: w.int(2)
        case .category(let c): w.int(3); w.code(c)
        case .crisis(let c): w.int(4); w.code(c)
        case .department(let d): w.int(5); w.string(d)
        case .responsible(let p): w.int(6); w.string(p)
        case .owner(let o): w.int(7); w.string(o)
        case .deadline(let d): w.int(8); w.int(d.days)
        case .resolution(let text): w.int(9); w.string(text)
        case .recall(let satisfied, let callID): w.int(10); w.bool(satisfied); w.string(callID)
        case .summary(let text): w.int(11); w.string(text)
        }
    }

    init(from r: inout ImageReader) throws(ImageError) {
        switch try r.int() {
        case 0: self = .opened
        case 1: self = .status(from: try r.code(ComplaintStatus.self), to: try r.code(ComplaintStatus.self))
        case 2: self = .contacted
        case 3: self = .category(try r.code(ComplaintCategory.self))
        case 4: self = .crisis(try r.code(ComplaintCrisis.self))
        case 5: self = .department(try r.string())
        case 6: self = .responsible(try r.string())
        case 7: self = .owner(try r.string())
        case 8: self = .deadline(CivilDate(days: try r.int()))
        case 9: self = .resolution(try r.string())
        case 10: self = .recall(satisfied: try r.bool(), callID: try r.string())
        case 11: self = .summary(try r.string())
        case let tag: throw .damaged("no complaint change numbered \(tag)")
        }
    }
}
