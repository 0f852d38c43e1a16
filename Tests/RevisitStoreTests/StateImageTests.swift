import XCTest
@testable import RevisitCore

/// A state image gives back every stored value, edge cases included, whether read by one
/// assembly or by two joined, and however small its pieces.
final class StateImageTests: XCTestCase {
    let t0 = CivilTime("2026-03-02 09:15")!

    func sampleState() -> StoreState {
        var state = StoreState()
        let customers = [
            Customer(id: "C000001", name: "张\t伟\\", phones: ["13800138000", "13912345678"], address: "深圳\n南山区",
                     classes: [.retained, .lostSale], clubMember: true, keyCustomer: true, birthday: CivilDate("1980-05-01"),
                     doNotCall: "不要\r打", wrongPhones: ["13912345678"]),
            Customer(id: "C000002", name: "김민준 😀", phones: ["01012345678"]),
            Customer(id: "odd-id", name: "", phones: []),
        ]
        for c in customers { state.save(c) }
        state.save(Vehicle(plate: "粤B·88K21", vin: "LSVAM4187C2184847", model: "朗逸", kind: "轿车", ownerID: "C000001"))
        state.save(Vehicle(plate: "서울12가3456", model: "Sonata", ownerID: "C000002"))
        state.save(Vehicle(plate: "x 1", model: "", ownerID: "nobody"))
        state.save(Visit(roNumber: "RO-1", customerID: "C000001", plateKey: Plate.key("粤B·88K21"), type: .bodywork,
                         openedAt: t0, deliveredAt: CivilTime(minutes: t0.minutes + 600), mileage: 15230, items: "钣喷\t补漆",
                         serviceAdvisor: "王芳", amountCents: -100, nextServiceDate: CivilDate("2027-05-02"),
                         nextServiceMileage: 25000, rework: true))
        state.save(Visit(roNumber: "RO-2", customerID: "C000002", plateKey: Plate.key("서울12가3456"), type: .promo,
                         openedAt: t0, deliveredAt: t0))
        let calls = [
            Call(id: "K000001", caller: "li.na", customerID: "C000001", taskID: "sat:RO-1", taskKind: .satisfaction,
                 visitRO: "RO-1", phone: "13800138000", callAt: t0, enteredAt: CivilTime(minutes: t0.minutes + 5),
                 outcome: .reached, ratings: ["q1": 5, "q2": 2], overall: 4, words: "师傅很好，\n但是等太久 🙂",
                 mentionedServiceDate: CivilDate("2026-04-01"), mentionedMileage: 20000, problem: true),
            Call(id: "K000002", caller: "li.na", customerID: "C000002", taskID: "winback:C000002", taskKind: .winBack,
                 callAt: t0, enteredAt: t0, outcome: .callback, ratings: ["q9": 300, "a": 1],
                 winBackCause: .movedAway, callbackAt: CivilTime(minutes: t0.minutes + 120), satisfied: false),
            Call(id: "X-7", caller: "kim", customerID: "C000001", taskID: "sat:RO-1", taskKind: .satisfaction,
                 callAt: CivilTime(minutes: t0.minutes - 60), enteredAt: t0, outcome: .noAnswer, satisfied: true),
        ]
        for c in calls { state.calls.record(c) }
        var complaint = Complaint(id: "P000001", customerID: "C000001", plateKey: Plate.key("粤B·88K21"), callID: "K000001",
                                  owner: "li.na", receivedAt: t0, channel: .followUpCall, words: "等太久")
        let changes: [ComplaintChange] = [
            .opened, .status(from: .open, to: .inProgress), .contacted, .category(.serviceQuality), .crisis(.media),
            .department("售后"), .responsible("王芳"), .owner("wang.fang"), .deadline(CivilDate("2026-03-10")!),
            .resolution("道歉"), .recall(satisfied: false, callID: "K000002"), .summary("改进"),
        ]
        for (i, change) in changes.enumerated() {
            complaint.record(ComplaintHistoryEntry(at: CivilTime(minutes: t0.minutes + 90 - i), by: i == 0 ? "li.na" : "boss",
                                                   changes: [change], note: "note \(i)"))
        }
        state.complaints.restore(complaint)
        state.calls.restoreClaim("sat:RO-1", Claim(login: "kim", at: t0, until: CivilTime(minutes: t0.minutes + 15)))
        return state
    }

    func image(of state: StoreState, pieceBytes: Int) -> [(StateImage.Section, Int, [UInt8])] {
        var pieces: [(StateImage.Section, Int, [UInt8])] = []
        StateImage.write(state, pieceBytes: pieceBytes) { pieces.append(($0, $1, $2)) }
        return pieces
    }

    func testEveryValueComesBackReadWholeOrInTwoParts() throws {
        let state = sampleState()
        XCTAssertEqual(state.calls.calls.count, 3)
        XCTAssertEqual(state.calls.calls[1].ratings["q9"], 300)
        for pieceBytes in [1, 64, 1 << 20] {
            let pieces = image(of: state, pieceBytes: pieceBytes)
            var whole = StateAssembly()
            var rest = StateAssembly(), apart = StateAssembly()
            for (section, records, bytes) in pieces {
                try bytes.withUnsafeBytes { try whole.read(section, records: records, from: $0) }
                if StateImage.Section.readApart.contains(section) {
                    try bytes.withUnsafeBytes { try apart.read(section, records: records, from: $0) }
                } else {
                    try bytes.withUnsafeBytes { try rest.read(section, records: records, from: $0) }
                }
            }
            XCTAssertFalse(whole.visitsAreIndexed)
            try whole.finish()
            try rest.finish()
            rest.join(apart)
            XCTAssertTrue(whole.callsAreIndexed && whole.visitsAreIndexed)
            XCTAssertTrue(rest.callsAreIndexed && rest.visitsAreIndexed)
            StateComparison.assertSame(whole.state, state, "whole, pieces of \(pieceBytes)")
            StateComparison.assertSame(rest.state, state, "in two parts, pieces of \(pieceBytes)")
        }
    }

    func testAPieceCutShortOrWithAStrayByteIsRefused() {
        let pieces = image(of: sampleState(), pieceBytes: 1 << 20)
        let (section, records, bytes) = pieces.first { $0.0 == .calls }!
        var assembly = StateAssembly()
        XCTAssertThrowsError(try Array(bytes.dropLast(3)).withUnsafeBytes { try assembly.read(section, records: records, from: $0) })
        var other = StateAssembly()
        XCTAssertThrowsError(try (bytes + [0]).withUnsafeBytes { try other.read(section, records: records, from: $0) }) { error in
            XCTAssertEqual("\(error)", "damaged state image: a piece of calls holds more than its \(records) records")
        }
    }

    /// Reads every piece of `state`'s image, with `records` read in place of `section`'s pieces.
    func assembled(_ state: StoreState, replacing section: StateImage.Section? = nil,
                   with records: (count: Int, bytes: [UInt8])? = nil) throws -> StateAssembly {
        var assembly = StateAssembly()
        var replaced = false
        func readReplacement() throws {
            guard let section, let records, !replaced else { return }
            try records.bytes.withUnsafeBytes { try assembly.read(section, records: records.count, from: $0) }
            replaced = true
        }
        for (s, count, bytes) in image(of: state, pieceBytes: 1 << 20) {
            if s == section { try readReplacement(); continue }
            try bytes.withUnsafeBytes { try assembly.read(s, records: count, from: $0) }
        }
        try readReplacement()
        return assembly
    }

    /// The visit lists and the timeline's indexes must hold every visit once per kind of list,
    /// in range and in order; the visits themselves are not read to check them (see
    /// `VisitTimeline.init(restoring:visits:visitsByCustomer:)`).
    func testVisitListsThatDoNotListEveryVisitOnceAreRefused() throws {
        let state = sampleState()
        var whole = try assembled(state)
        try whole.finish()
        XCTAssertEqual(whole.state.visitIndexesByCustomer, ["C000001": [0], "C000002": [1]])
        let (first, second) = (Plate.key("粤B·88K21"), Plate.key("서울12가3456"))
        let day = { (i: Int) in state.visits.deliveredAt(i).date.days }
        let missing = "visit RO-2 is missing from its customer's, its vehicle's or its day's list"
        func lists(_ lists: [(String, [Int])]) -> (Int, [UInt8]) {
            var w = ImageWriter()
            for (key, list) in lists { w.string(key); w.indexes(list) }
            return (lists.count, w.bytes)
        }
        func vehicles(_ lists: [(String, [Int], MaintenanceAnchor?)]) -> (Int, [UInt8]) {
            var w = ImageWriter()
            for (key, list, anchor) in lists { w.string(key); w.indexes(list); w.optional(anchor) { $1.write(to: &$0) } }
            return (lists.count, w.bytes)
        }
        func days(_ lists: [(Int, [Int])]) -> (Int, [UInt8]) {
            var w = ImageWriter()
            for (day, list) in lists { w.int(day); w.indexes(list) }
            return (lists.count, w.bytes)
        }
        let refusals: [(StateImage.Section, (Int, [UInt8]), String)] = [
            (.customerVisits, lists([("C000001", [0])]), missing),
            (.customerVisits, lists([("C000001", [0]), ("C000002", [1, 7])]), "customer C000002's visit list has visit 7 out of place"),
            (.customerVisits, lists([("C000001", [1, 0])]), "customer C000001's visit list has visit 0 out of place"),
            (.customerVisits, lists([("C000001", [0]), ("C000002", [1, 1])]), "customer C000002's visit list has visit 1 out of place"),
            (.vehicleVisits, vehicles([(first, [0], nil)]), missing),
            (.vehicleVisits, vehicles([(first, [0], nil), (second, [1], nil), (first, [], nil)]), "a vehicle has two visit lists"),
            (.vehicleVisits, vehicles([(first, [0, 0], nil), (second, [1], nil)]), "vehicle \(first)'s visit list has visit 0 out of place"),
            (.vehicleVisits, vehicles([(first, [0], MaintenanceAnchor(basis: .delivery, date: CivilDate(days: day(0)), newestVisit: 1)), (second, [1], nil)]),
             "vehicle \(first)'s maintenance anchor is not its newest visit"),
            (.visitDays, days([(day(0), [0])]), missing),
            (.visitDays, days([(day(0), [0, 0, 1])]), "day \(day(0))'s visit list has visit 0 out of place"),
            (.visitDays, days([(day(0), [0]), (day(0), [1])]), "day \(day(0)) has two visit lists"),
            (.visitDays, days([(day(0), [0, 1, 2])]), "day \(day(0))'s visit list has visit 2 out of place"),
        ]
        for (section, records, why) in refusals {
            var assembly = try assembled(state, replacing: section, with: records)
            XCTAssertThrowsError(try assembly.finish(), "\(section) \(records)") { XCTAssertEqual("\($0)", "damaged state image: \(why)") }
        }
    }

    func testALatestPayingVisitOutOfPlaceIsRefused() throws {
        let state = sampleState()
        for latest in [[("C000001", 0, 0), ("C000001", 0, 0)], [("C000001", 5, 0)], [("C000001", -1, 0)]] {
            var w = ImageWriter()
            for (customerID, visit, day) in latest { w.string(customerID); w.int(visit); w.int(day) }
            var assembly = try assembled(state, replacing: .lastPaying, with: (latest.count, w.bytes))
            XCTAssertThrowsError(try assembly.finish(), "\(latest)") {
                XCTAssertEqual("\($0)", "damaged state image: customer C000001's latest paying visit is out of place")
            }
        }
    }

    /// An image lists the calls made each day (see `CallLedger.restoreDay`): every call once,
    /// under one day, or the calls are not indexed.
    func testCallDayListsThatDoNotListEveryCallOnceAreRefused() throws {
        let state = sampleState()
        let day = t0.date.days
        func days(_ lists: [(Int, [Int], [Int])]) -> (Int, [UInt8]) {
            var w = ImageWriter()
            for (day, calls, reached) in lists { w.int(day); w.indexes(calls); w.indexes(reached) }
            return (lists.count, w.bytes)
        }
        var whole = try assembled(state)
        XCTAssertTrue(whole.callsAreIndexed)
        try whole.finish()
        XCTAssertEqual(whole.state.calls.calls(madeOn: t0.date).map(\.id), state.calls.calls(madeOn: t0.date).map(\.id))
        XCTAssertFalse(try assembled(state, replacing: .callDays, with: days([(day, [0, 1], [0])])).callsAreIndexed, "a call left out")
        let refusals: [((Int, [UInt8]), String)] = [
            (days([(day, [0, 1, 1, 2], [0])]), "day \(day) lists call 1 out of place"),
            (days([(day, [0, 1], [0]), (day - 1, [2, 1], [])]), "day \(day - 1) lists call 1 out of place"),
            (days([(day, [0, 1, 2, 3], [0])]), "day \(day) lists call 3 out of place"),
            (days([(day, [0, 1, 2], [5])]), "day \(day) lists a reached call out of place"),
            (days([(day, [0, 1], [0]), (day, [2], [])]), "calls of day \(day) are listed twice"),
        ]
        for (records, why) in refusals {
            XCTAssertThrowsError(try assembled(state, replacing: .callDays, with: records), why) {
                XCTAssertEqual("\($0)", "damaged state image: \(why)")
            }
        }
    }

    func testCallsWithoutTheirChainsAreNotIndexed() throws {
        var assembly = StateAssembly()
        for (section, records, bytes) in image(of: sampleState(), pieceBytes: 1 << 20) where section == .calls {
            try bytes.withUnsafeBytes { try assembly.read(section, records: records, from: $0) }
        }
        XCTAssertFalse(assembly.callsAreIndexed)
    }

    /// An image's calls stay encoded until read (see `EncodedEntities`): opening reads each
    /// record's header and id, and refuses a piece whose headers do not read.
    func testCallRecordsWhoseHeadersDoNotReadAreRefusedWithTheirPiece() throws {
        let state = sampleState()
        func record(_ call: Call) -> [UInt8] {
            var w = ImageWriter()
            call.writeRecord(to: &w)
            return w.bytes
        }
        func forged(outcome: Int, fields: [UInt8]) -> [UInt8] {
            var w = ImageWriter()
            w.int(t0.minutes - 60); w.code(TaskKind.satisfaction); w.int(outcome); w.data(fields)
            return w.bytes
        }
        var fields = ImageWriter()
        state.calls.calls[2].write(to: &fields)
        let first = record(state.calls.calls[0]), second = record(state.calls.calls[2])
        XCTAssertEqual(forged(outcome: 1, fields: fields.bytes), second, "the record as the writer makes it")
        let runsPast = Array(forged(outcome: 1, fields: fields.bytes).dropLast(fields.bytes.count)) + Array(fields.bytes.dropLast())
        let refusals: [([[UInt8]], String)] = [
            ([first, forged(outcome: 20, fields: fields.bytes)], "no CallOutcome numbered 20"),
            ([first, forged(outcome: 1, fields: [])], "a number runs past byte 0"),
            ([runsPast], "a text of \(fields.bytes.count) bytes runs past byte \(runsPast.count - fields.bytes.count + 1)"),
            ([first, second, first], "call K000001 is there twice"),
        ]
        for (records, why) in refusals {
            XCTAssertThrowsError(try assembled(state, replacing: .calls, with: (records.count, records.flatMap { $0 })), why) {
                XCTAssertEqual("\($0)", "damaged state image: \(why)")
            }
        }
        XCTAssertNoThrow(try assembled(state, replacing: .calls, with: (3, first + record(state.calls.calls[1]) + second)))
    }

    /// An image's customers and vehicles stay encoded until read (see `ImageDirectory`); the
    /// first change to one decodes them all, and every index then follows the change as it
    /// does in a state that never went through an image.
    func testCustomersAndVehiclesChangedAfterAnImagesAreIndexedAsBefore() throws {
        var original = sampleState()
        var assembly = try assembled(original)
        try assembly.finish()
        var restored = assembly.state
        XCTAssertEqual(restored.customers["C000002"]?.name, "김민준 😀")
        XCTAssertEqual(restored.vehicles[Plate.key("서울12가3456")]?.ownerID, "C000002")
        XCTAssertNil(restored.customers["C000009"])
        XCTAssertEqual(restored.customers.count, 3)
        XCTAssertEqual(restored.lastCustomerNumber, 2)
        XCTAssertFalse(restored.calls.mayCall("C000001"), "do-not-call, though not decoded")
        let unchanged = restored
        let changes: [(inout StoreState) -> Void] = [
            { $0.save(Customer(id: "C000002", name: "김민준", phones: ["01099998888"], doNotCall: "no")) },
            { $0.save(Customer(id: "C000007", name: "New", phones: ["01012345678"])) },
            { $0.save(Vehicle(plate: "서울12가3456", model: "Sonata", ownerID: "C000007")) },
            { $0.save(Vehicle(plate: "粤B·99999", model: "Golf", ownerID: "C000001")) },
        ]
        for (k, change) in changes.enumerated() {
            var (before, after) = (sampleState(), unchanged)
            change(&before)
            change(&after)
            StateComparison.assertSame(after, before, "after change \(k) alone")
            change(&original)
            change(&restored)
        }
        StateComparison.assertSame(restored, original, "after every change")
        XCTAssertEqual(restored.plateKeysByCustomer["C000007"], [Plate.key("서울12가3456")])
        XCTAssertEqual(restored.customer(byPhone: "01012345678")?.id, "C000007")
        XCTAssertFalse(restored.calls.mayCall("C000002"))
        XCTAssertEqual(restored.lastCustomerNumber, 7)
        XCTAssertEqual(unchanged.customers["C000002"]?.name, "김민준 😀", "a copy taken before keeps its customers")
        StateComparison.assertSame(unchanged, sampleState(), "the copy taken before")
    }

    /// An image holds its index by repair order as a table read in place (see
    /// `RepairOrderTable`): every order is found there, one that is not is not, an order that is
    /// not ASCII is found beside it, and a visit saved later, new or again, is indexed as in a
    /// state that never went through an image.
    func testVisitsAreFoundByRepairOrderInTheImagesTableAndBesideIt() throws {
        var original = sampleState()
        original.save(Visit(roNumber: "RÖ-7", customerID: "C000002", plateKey: Plate.key("서울12가3456"), type: .repair,
                            openedAt: t0, deliveredAt: t0))
        var assembly = try assembled(original)
        try assembly.finish()
        var restored = assembly.state
        for (i, visit) in original.visits.enumerated() { XCTAssertEqual(restored.visitIndex(ofRO: visit.roNumber), i, visit.roNumber) }
        for absent in ["RO-9", "ro-1", "RO-1 ", "", "RÖ-8"] { XCTAssertNil(restored.visitIndex(ofRO: absent), absent) }
        XCTAssertEqual(restored.visitIndex(ofRO: "R\u{4F}\u{308}-7"), 2, "the same text, written decomposed")
        let (before, originalBefore) = (restored, original)
        let later = [
            Visit(roNumber: "RO-3", customerID: "C000002", plateKey: Plate.key("서울12가3456"), type: .maintenance,
                  openedAt: t0, deliveredAt: CivilTime(minutes: t0.minutes + 60)),
            Visit(roNumber: "RO-1", customerID: "C000002", plateKey: Plate.key("粤B·88K21"), type: .maintenance,
                  openedAt: t0, deliveredAt: t0),
            Visit(roNumber: "RÖ-7", customerID: "C000001", plateKey: Plate.key("粤B·88K21"), type: .repair,
                  openedAt: t0, deliveredAt: t0),
        ]
        for visit in later {
            original.save(visit)
            restored.save(visit)
        }
        StateComparison.assertSame(restored, original, "after visits saved")
        XCTAssertEqual(restored.visitIndexByRO, ["RO-1": 0, "RO-2": 1, "RÖ-7": 2, "RO-3": 3])
        XCTAssertEqual(restored.visits.count, 4)
        XCTAssertEqual(before.visitIndexByRO, ["RO-1": 0, "RO-2": 1, "RÖ-7": 2], "the copy taken before")
        XCTAssertNil(before.visitIndex(ofRO: "RO-3"))
        StateComparison.assertSame(before, originalBefore, "the copy taken before keeps its visits and timeline")
        var again = try assembled(restored)
        try again.finish()
        StateComparison.assertSame(again.state, original, "written again after visits saved, and read back")
        XCTAssertEqual(again.state.visits[0].customerID, "C000002", "a visit saved again is written as saved")
    }

    /// An image's complaints stay encoded until read (see `ImageComplaints`): found by id and
    /// by customer, the resolved ones listed, and after a change or a new complaint the state
    /// holds what one that never went through an image holds; a copy taken before keeps its own.
    func testComplaintsReadFromAnImageAreFoundAndChangeAsBefore() throws {
        var original = sampleState()
        var assembly = try assembled(original)
        try assembly.finish()
        var restored = assembly.state
        XCTAssertEqual(restored.complaints["P000001"], original.complaints["P000001"])
        XCTAssertEqual(restored.complaints.complaints(of: "C000001").map(\.id), ["P000001"])
        XCTAssertEqual(restored.complaints.find("p1")?.words, "等太久")
        XCTAssertEqual(restored.complaints.latestChange, original.complaints.latestChange)
        let (before, originalBefore) = (restored, original)
        let later = CivilTime(minutes: t0.minutes + 200)
        let changes: [(inout StoreState) -> Void] = [
            { $0.complaints.update("P000001") {
                $0.record(ComplaintHistoryEntry(at: later, by: "boss", changes: [.status(from: .closed, to: .resolved)], note: "again"))
            } },
            { $0.complaints.open(Complaint(id: "P000002", customerID: "C000002", plateKey: nil, callID: nil, owner: "kim",
                                           receivedAt: later, channel: .inboundCall, words: "또 고장")) },
        ]
        for change in changes {
            change(&original)
            change(&restored)
        }
        StateComparison.assertSame(restored, original, "after a complaint changed and one opened")
        XCTAssertEqual(restored.complaints.resolvedIDs, ["P000001"])
        XCTAssertEqual(restored.complaints.nextID, "P000003")
        StateComparison.assertSame(before, originalBefore, "the copy taken before keeps its complaints")
        var again = try assembled(restored)
        try again.finish()
        StateComparison.assertSame(again.state, original, "written again after the changes, and read back")
    }

    func testComplaintsListedButNotHeldAreRefused() throws {
        let state = sampleState()
        for facts in [[("P000009", "C000001")], [("P000001", "C000001"), ("P000001", "C000001")], []] {
            var w = ImageWriter()
            for (id, customerID) in facts { ComplaintFacts(id: id, customerID: customerID, isResolved: false, latestChange: nil).write(to: &w) }
            var assembly = try assembled(state, replacing: .complaintFacts, with: (facts.count, w.bytes))
            XCTAssertThrowsError(try assembly.finish(), "\(facts)") {
                XCTAssertEqual("\($0)", "damaged state image: the complaints held are not the \(facts.count) listed")
            }
        }
    }

    /// A store with nothing in it yet goes through an image as well: no records, an empty table.
    func testAnEmptyStateComesBackEmpty() throws {
        var assembly = try assembled(StoreState())
        try assembly.finish()
        let state = assembly.state
        StateComparison.assertSame(state, StoreState(), "empty")
        XCTAssertTrue(state.customers.isEmpty && state.vehicles.isEmpty && state.visits.isEmpty)
        XCTAssertNil(state.visitIndex(ofRO: "RO-1"))
        XCTAssertNil(state.customers["C000001"])
        XCTAssertEqual(state.lastCustomerNumber, 0)
    }

    /// The table is found whole whatever its size: many visits, many chunks.
    func testALargeRepairOrderTableFindsEveryOrder() throws {
        var visits = VisitList()
        let count = RepairOrderTable.largestChunk   // a table of twice as many slots: two chunks
        for i in 0 ..< count {
            visits.append(Visit(roNumber: "RO-\(i * 7919)", customerID: "C000001", plateKey: "K", type: .repair, openedAt: t0, deliveredAt: t0))
        }
        let table = RepairOrderTable.write(visits)
        XCTAssertEqual(table.chunks.count, 2)
        XCTAssertTrue(table.others.isEmpty)
        var read = RepairOrderTable()
        for chunk in table.chunks { try chunk.withUnsafeBytes { try read.append(chunk: $0, keptAliveBy: nil) } }
        try read.finish(visits: count)
        for i in stride(from: 0, to: count, by: 97) { XCTAssertEqual(read.index(of: "RO-\(i * 7919)", in: visits), i) }
        XCTAssertNil(read.index(of: "RO-1", in: visits))
        var short = RepairOrderTable()
        try table.chunks[0].withUnsafeBytes { try short.append(chunk: $0, keptAliveBy: nil) }
        XCTAssertThrowsError(try short.finish(visits: count)) {
            XCTAssertEqual("\($0)", "damaged state image: the repair order table has 65536 slots for 65536 visits")
        }
    }

    /// Calls logged after an image's were read sit beside them: filed in the same chains, in
    /// call order, and written to the next image with the image's calls as they were.
    func testCallsLoggedAfterAnImagesAreFiledWithThemAndTheNextImageIsTheSame() throws {
        var original = sampleState()
        var assembly = try assembled(original)
        try assembly.finish()
        var restored = assembly.state
        XCTAssertEqual(image(of: restored, pieceBytes: 64).map(\.2), image(of: original, pieceBytes: 64).map(\.2))
        let later = Call(id: "K000003", caller: "kim", customerID: "C000001", taskID: "sat:RO-1", taskKind: .satisfaction,
                         visitRO: "RO-1", callAt: CivilTime(minutes: t0.minutes - 30), enteredAt: t0, outcome: .reached,
                         ratings: ["q1": 4], words: "好")
        original.calls.record(later)
        restored.calls.record(later)
        XCTAssertEqual(restored.calls.callIndexes(forTask: "sat:RO-1"), [2, 3, 0], "by call time")
        XCTAssertEqual(restored.calls.calls(of: "C000001").map(\.id), ["K000001", "K000003", "X-7"], "newest first")
        StateComparison.assertSame(restored, original, "after a call logged")
        XCTAssertEqual(image(of: restored, pieceBytes: 1 << 20).map(\.2), image(of: original, pieceBytes: 1 << 20).map(\.2))
    }
}
