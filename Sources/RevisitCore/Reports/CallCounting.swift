extension CallFigures {
    mutating func countAttempt(reached hit: Bool) {
        made += 1
        if hit { reached += 1 }
    }
}

/// How calls add up into `CallFigures`: every call counts as made, `reached` ones as reached;
/// a reached satisfaction call adds its overall rating to the CSI and each rating of a
/// survey question to that question's department (4 or 5 is a hit).
struct CallCounting {
    /// Survey question id -> department, from the config.
    let departmentOf: [String: String]

    init(survey: [SurveyQuestion]) {
        var map: [String: String] = [:]
        for q in survey where map[q.id] == nil { map[q.id] = q.department }
        departmentOf = map
    }

    func count(_ call: Call, into f: inout CallFigures) {
        f.countAttempt(reached: call.outcome == .reached)
        guard call.outcome == .reached, call.taskKind == .satisfaction else { return }
        countSatisfaction(call, into: &f)
    }

    /// Only the satisfaction tallies, for a call known to be a reached satisfaction call.
    func countSatisfaction(_ call: Call, into f: inout CallFigures) {
        if let overall = call.overall { f.csi.count(overall >= 4) }
        for (question, rating) in call.ratings {
            guard let department = departmentOf[question] else { continue }
            f.departments[department, default: Tally()].count(rating >= 4)
        }
    }

    /// Reached, and flagged as a problem or rated 2 or less anywhere (a question or overall).
    static func isProblem(_ call: Call) -> Bool {
        call.outcome == .reached && (call.problem || call.ratings.values.contains { $0 <= 2 } || (call.overall ?? 5) <= 2)
    }

    /// The departments of the survey questions, in the config's department order, then any
    /// others in survey order.
    static func departments(_ config: ShopConfig) -> [String] {
        var seen = Set<String>(), surveyOrder: [String] = []
        for q in config.survey where seen.insert(q.department).inserted { surveyOrder.append(q.department) }
        return config.departments.filter(seen.contains) + surveyOrder.filter { !config.departments.contains($0) }
    }
}
