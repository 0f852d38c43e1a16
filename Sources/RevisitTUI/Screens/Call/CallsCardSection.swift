import RevisitCore

/// The customer's open tasks on the card: what is still to be called, and when.
struct OpenTasksCardSection: CustomerCardSection {
    static func lines(for c: Customer, session: StoreSession, language: Language, width: Int) -> [CardLine] {
        let now = session.now
        let tasks = CallQueue.open(TaskQuery(state: session.state, config: session.config, asOf: now, customerID: c.id))
        guard !tasks.isEmpty else { return [] }
        let q = MessageCatalog.queue
        var lines = [CustomerCardSections.heading(MessageCatalog.call.openTasks[language], count: tasks.count)]
        // As wide as the longest name and id on this card, so none is cut and the columns after
        // them stay near: a fixed 30 for the id pushed who took the task past the edge.
        let kindWidth = DisplayWidth.widest(tasks.map { q.name(of: $0.kind)[language] })
        let idWidth = DisplayWidth.widest(tasks.map(\.id))
        for t in tasks {
            let overdue = t.isOverdue(at: now)
            lines.append(CardLine(ColumnText.line([
                (t.dueAt.description, 16), (overdue ? q.overdueMark[language] : "", 4),
                (q.name(of: t.kind)[language], kindWidth), (t.id, idWidth),
            ] + (t.claimedBy.map { [($0, DisplayWidth.of($0))] } ?? [])), style: overdue ? .color(.overdue) : .plain))
        }
        return lines
    }
}

/// Every call with the customer, newest first, each with the customer's own words.
struct CallsCardSection: CustomerCardSection {
    static func lines(for c: Customer, session: StoreSession, language: Language, width: Int) -> [CardLine] {
        let calls = session.state.calls.calls(of: c.id)
        guard !calls.isEmpty else { return [] }
        let m = MessageCatalog.call
        var lines = [CustomerCardSections.heading(m.calls[language], count: calls.count)]
        let outcome = { (call: Call) in m.name(of: call.outcome)[language] }
        let kind = { (call: Call) in MessageCatalog.queue.name(of: call.taskKind)[language] }
        // As wide as the longest name on this card ("call back later"), so none is cut.
        let outcomeWidth = DisplayWidth.widest(calls.map(outcome)), kindWidth = DisplayWidth.widest(calls.map(kind))
        for call in calls {
            var summary = [(call.callAt.description, 16), (call.id, 8), (outcome(call), outcomeWidth), (kind(call), kindWidth),
                           (call.caller, 10)]
            if let overall = call.overall { summary.append((m.overallShort.format(language, overall), 10)) }
            lines.append(CardLine(ColumnText.line(summary), style: call.showsProblem ? .color(.warning) : .bold))
            guard !call.words.isEmpty else { continue }   // no answer, busy: the summary line alone
            for line in call.words.split(separator: "\n", omittingEmptySubsequences: false) {
                for part in TextWrap.lines(String(line), width: max(10, width - 6)) { lines.append(CardLine("    " + part)) }
            }
        }
        return lines
    }
}

