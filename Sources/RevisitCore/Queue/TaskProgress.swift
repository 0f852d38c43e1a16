extension CallTask {
    /// The task as it stands at `query.asOf`: its calls made by then replayed in order
    /// (retries, callbacks, closing outcomes), its clock (expiry) and its live claim.
    /// Every source builds a draft from its rule and passes it through here. A call's time and
    /// outcome are read from its summary; only a callback's time needs the call decoded.
    public func settled(_ query: TaskQuery) -> CallTask {
        var t = self
        let rules = query.rules, calls = query.state.calls.calls
        for i in query.state.calls.callIndexes(forTask: id) {
            let callAt = calls.callAt(i)
            guard callAt <= query.asOf else { break }
            guard t.status.isOpen else { break }
            t.attempts += 1
            t.lastContact = callAt
            switch calls.outcome(of: i) {
            case .noAnswer, .busy:
                t.failedAttempts += 1
                if t.failedAttempts >= rules.maxAttempts {
                    t.close(.unreachable, at: callAt)
                } else {
                    let retry = query.schedule.nextCallingTime(atOrAfter: callAt.adding(minutes: rules.retryMinutes))
                    t.dueAt = max(retry, t.firstDueAt)
                }
            case .callback:
                t.dueAt = calls[i].callbackAt ?? t.dueAt
            case .wrongNumber: t.close(.wrongNumber, at: callAt)
            case .refused: t.close(.refused, at: callAt)
            case .reached: t.close(.reached, at: callAt)
            }
        }
        if t.status.isOpen, let expiry = expiresAt, query.asOf >= expiry {
            t.status = .expired
            t.endedAt = expiry
        }
        if t.status.isOpen, let claim = query.state.calls.activeClaim(on: id, at: query.asOf) {
            t.claimedBy = claim.login
            t.claimUntil = claim.until
        }
        return t
    }

    mutating func close(_ reason: CloseReason, at time: CivilTime) {
        status = .closed(reason)
        endedAt = time
    }
}

/// Whether a customer may be called at all: not marked do-not-call, and a phone not marked wrong.
public enum CallPermission {
    /// nil when the customer may be called, else why not.
    static func refusal(for customer: Customer, task: String) -> CommandReason? {
        guard customer.doNotCall != nil || customer.callablePhone == nil else { return nil }
        return .customerNotCallable(task: task, customer: customer.id, doNotCall: customer.doNotCall)
    }

    static func allows(_ customerID: String, in state: StoreState) -> Bool { state.calls.mayCall(customerID) }
}
