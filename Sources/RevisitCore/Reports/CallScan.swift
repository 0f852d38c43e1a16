/// One pass over every logged call, picking out what a report needs: the figures of each day
/// of the period, per rep, the problem calls, win-back causes and outcomes, and the
/// satisfaction tallies of a few other periods (the previous month, the weeks of the chart).
/// Only a call's time is read until it falls in a wanted span, so the pass costs little more
/// than the calls of those spans.
struct CallScan {
    var days: [CallFigures]
    /// Calls made and reached per caller (no satisfaction tallies).
    var reps: [String: CallFigures] = [:]
    /// Indexes into the ledger's calls, in the order the calls were made (time, then id).
    var problemIndexes: [Int] = []
    var causes: [WinBackCause: Int] = [:]
    var winBack: [CallOutcome: Int] = [:]
    /// Satisfaction tallies only, one per period of `others`.
    var others: [CallFigures]

    init(_ period: ReportPeriod, others otherPeriods: [ReportPeriod], calls: [Call], counting: CallCounting) {
        days = Array(repeating: CallFigures(), count: period.dayCount)
        others = Array(repeating: CallFigures(), count: otherPeriods.count)
        let start = period.startTime.minutes, end = period.endTime.minutes
        let spans = otherPeriods.map { $0.startTime.minutes ..< $0.endTime.minutes }
        let otherStart = spans.map(\.lowerBound).min() ?? 0, otherEnd = spans.map(\.upperBound).max() ?? 0
        calls.withUnsafeBufferPointer { calls in
            for i in calls.indices {
                let at = calls[i].callAt.minutes
                // Through the pointer, so a call is read in place rather than copied.
                let call = calls.baseAddress! + i
                if at >= start && at < end {
                    counting.count(call.pointee, into: &days[(at - start) / 1440])
                    let reached = call.pointee.outcome == .reached
                    reps[call.pointee.caller, default: CallFigures()].countAttempt(reached: reached)
                    if CallCounting.isProblem(call.pointee) { problemIndexes.append(i) }
                    if call.pointee.taskKind == .winBack {
                        winBack[call.pointee.outcome, default: 0] += 1
                        if let cause = call.pointee.winBackCause { causes[cause, default: 0] += 1 }
                    }
                }
                if at >= otherStart && at < otherEnd, call.pointee.outcome == .reached, call.pointee.taskKind == .satisfaction {
                    for (k, span) in spans.enumerated() where span.contains(at) {
                        counting.countSatisfaction(call.pointee, into: &others[k])
                    }
                }
            }
            problemIndexes.sort { a, b in
                calls[a].callAt != calls[b].callAt ? calls[a].callAt < calls[b].callAt : calls[a].id < calls[b].id
            }
        }
    }

    var total: CallFigures { days.reduce(into: CallFigures()) { $0.add($1) } }
}
