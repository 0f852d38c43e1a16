/// One pass over every logged call, picking out what a report needs: the figures of each day
/// of the period, per rep, the problem calls, win-back causes and outcomes, and the
/// satisfaction tallies of a few other periods (the previous month, the weeks of the chart).
/// Only a call's summary is read until it falls in a wanted span, so the pass decodes only
/// the calls of those spans.
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

    init(_ period: ReportPeriod, others otherPeriods: [ReportPeriod], calls: CallList, counting: CallCounting) {
        days = Array(repeating: CallFigures(), count: period.dayCount)
        others = Array(repeating: CallFigures(), count: otherPeriods.count)
        let start = period.startTime.minutes, end = period.endTime.minutes
        let spans = otherPeriods.map { $0.startTime.minutes ..< $0.endTime.minutes }
        let otherStart = spans.map(\.lowerBound).min() ?? 0, otherEnd = spans.map(\.upperBound).max() ?? 0
        calls.summaries.withUnsafeBufferPointer { summaries in
            for (i, summary) in summaries.enumerated() {
                let at = summary.minutes
                // Decoded once, for the period's figures, another period's tallies or both (a
                // week's chart holds the week itself).
                var decoded: Call?
                if at >= start && at < end {
                    let call = calls[i]
                    decoded = call
                    counting.count(call, into: &days[(at - start) / 1440])
                    reps[call.caller, default: CallFigures()].countAttempt(reached: call.outcome == .reached)
                    if CallCounting.isProblem(call) { problemIndexes.append(i) }
                    if call.taskKind == .winBack {
                        winBack[call.outcome, default: 0] += 1
                        if let cause = call.winBackCause { causes[cause, default: 0] += 1 }
                    }
                }
                if at >= otherStart && at < otherEnd, summary.isReachedSatisfaction {
                    let call = decoded ?? calls[i]
                    for (k, span) in spans.enumerated() where span.contains(at) {
                        counting.countSatisfaction(call, into: &others[k])
                    }
                }
            }
        }
        problemIndexes.sort { CallLedger.precedes($0, $1, in: calls) }
    }

    var total: CallFigures { days.reduce(into: CallFigures()) { $0.add($1) } }
}
