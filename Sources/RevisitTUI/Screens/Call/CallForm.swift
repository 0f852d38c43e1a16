import RevisitCore

/// The call's inputs: the survey (a rating key per question) and the details (the
/// customer's words, the outcome and what goes with it). Focus runs through both.
struct CallForm {
    var survey: ComplaintFields
    var details: ComplaintFields
    var inSurvey = true

    static let wordsRows = 3
    static let ratingOptions = ["", "1", "2", "3", "4", "5"]

    init(questions: [(id: String, text: String)], kind: TaskKind, language: Language) {
        let m = MessageCatalog.call
        let ratingNames = Dictionary(uniqueKeysWithValues: Self.ratingOptions.map { ($0, $0.isEmpty ? m.notAsked[language] : $0) })
        let rating = { (key: String, label: String) in
            ComplaintField(key: key, label: label, input: .choice(ChoiceField(options: Self.ratingOptions), names: ratingNames))
        }
        let ratings = questions.enumerated().map { rating("rating:" + $0.element.id, "\($0.offset + 1) \($0.element.text)") }
            + [rating("overall", m.overall[language])]
        survey = ComplaintFields(ratings, labelWidth: Self.surveyLabelWidth(ratings.map(\.label)))
        let outcomes = CallOutcome.allCases
        var fields: [ComplaintField] = [
            .area("words", m.words[language], rows: Self.wordsRows, limit: LogCall.maxWordsCharacters),
            ComplaintField(key: "outcome", label: m.outcome[language], input: .choice(
                ChoiceField(options: outcomes.map(\.rawValue)),
                names: Dictionary(uniqueKeysWithValues: outcomes.map { ($0.rawValue, m.name(of: $0)[language]) }))),
            .text("callback", m.callback[language], limit: 16),
            ComplaintField(key: "problem", label: m.problem[language], input: .choice(
                ChoiceField(options: ["no", "yes"]), names: ["no": m.no[language], "yes": m.yes[language]])),
        ]
        if kind == .complaintRecall {
            fields.append(ComplaintField(key: "satisfied", label: m.satisfied[language], input: .choice(
                ChoiceField(options: ["", "yes", "no"]), names: ["": m.unknown[language], "yes": m.yes[language], "no": m.no[language]])))
        }
        if kind == .winBack {
            let causes = WinBackCause.allCases
            fields.append(ComplaintField(key: "cause", label: m.cause[language], input: .choice(
                ChoiceField(options: [""] + causes.map(\.rawValue)),
                names: Dictionary(uniqueKeysWithValues: [("", m.unknown[language])] + causes.map { ($0.rawValue, m.name(of: $0)[language]) }))))
        }
        fields += [.text("next", m.nextService[language], limit: 10), .text("dnc", m.doNotCall[language], limit: 60)]
        details = ComplaintFields(fields, labelWidth: 18)
    }

    /// The questions whole where 80 columns allow, with the rating ("‹ 5 ›") after the longest.
    static func surveyLabelWidth(_ labels: [String]) -> Int { min(max(40, DisplayWidth.widest(labels) + 2), 72) }

    var acceptsText: Bool { !inSurvey && details.acceptsText }

    /// Every rating and detail by key (the survey's keys start with "rating:" or are "overall").
    var values: [String: String] { survey.values.merging(details.values) { a, _ in a } }

    /// Puts back what `values` gave, as a draft keeps it.
    mutating func restore(_ values: [String: String]) {
        for (key, value) in values {
            survey.set(key, to: value)
            details.set(key, to: value)
        }
    }
    var hasInput: Bool { details.hasTypedText || survey.values.values.contains { !$0.isEmpty } }

    /// A digit on a survey question rates it (0 clears) and moves on; focus runs from the
    /// survey into the details and back; the rest goes to the focused field.
    mutating func handle(_ input: ScreenInput, width: Int) -> Bool {
        if inSurvey, case .character(let ch) = input, let digit = ch.wholeNumberValue, digit <= 5,
           let key = survey.focused?.key {
            survey.set(key, to: digit == 0 ? "" : String(digit))
            next()
            return true
        }
        switch input {
        case .action(.nextField): next(); return true
        case .action(.previousField): previous(); return true
        case .action(.moveDown) where inSurvey || !details.acceptsText: next(); return true
        case .action(.moveUp) where inSurvey || !details.acceptsText: previous(); return true
        default: break
        }
        return inSurvey ? survey.handle(input, width: width) : details.handle(input, width: width)
    }

    private mutating func next() {
        let group = inSurvey ? survey : details
        if group.isLastEditable { inSurvey.toggle(); inSurvey ? survey.focus(key: survey.fields[0].key) : details.focus(key: "words") }
        else if inSurvey { survey.moveFocus(by: 1) } else { details.moveFocus(by: 1) }
    }

    private mutating func previous() {
        let group = inSurvey ? survey : details
        let first = group.fields.firstIndex { $0.isEditable }
        if group.focus == first {
            inSurvey.toggle()
            let other = inSurvey ? survey : details
            if let last = other.fields.last?.key { inSurvey ? survey.focus(key: last) : details.focus(key: last) }
        } else if inSurvey { survey.moveFocus(by: -1) } else { details.moveFocus(by: -1) }
    }

    enum Problem: Error { case badCallback(String), badDate(String) }

    /// The command the form describes, or which field cannot be read.
    func command(taskID: String, config: ShopConfig) -> Result<LogCall, Problem> {
        var c = LogCall(taskID: taskID, outcome: CallOutcome(rawValue: details["outcome"]) ?? .reached, config: config)
        for (key, value) in survey.values where key.hasPrefix("rating:") && !value.isEmpty {
            c.ratings[String(key.dropFirst("rating:".count))] = Int(value)
        }
        c.overall = Int(survey["overall"])
        c.words = details["words"]
        let callback = details["callback"].trimmed
        if c.outcome == .callback || !callback.isEmpty {
            guard let t = CivilTime(callback) else { return .failure(.badCallback(callback)) }
            c.callbackAt = t
        }
        c.problem = details["problem"] == "yes"
        c.satisfied = ["yes": true, "no": false][details["satisfied"]]
        c.cause = WinBackCause(rawValue: details["cause"])
        let next = details["next"].trimmed
        if !next.isEmpty {
            guard let d = CivilDate(next) else { return .failure(.badDate(next)) }
            c.mentionedServiceDate = d
        }
        let reason = details["dnc"].trimmed
        if !reason.isEmpty { c.doNotCall = reason }
        return .success(c)
    }

    /// Whether the survey is drawn in `rows`: on a short terminal it gives way while the focus
    /// is in the details, or the focused field would lie below the screen's edge.
    func showsSurvey(in rows: Int) -> Bool { inSurvey || survey.rows + 1 + details.rows <= rows }

    func render(into f: inout Frame, region: Rect) -> Int {
        guard showsSurvey(in: region.rows) else { return details.render(into: &f, region: region, active: true) }
        let used = survey.render(into: &f, region: region, active: inSurvey)
        let rest = Rect(row: region.row + used + 1, col: region.col, rows: max(0, region.rows - used - 1), cols: region.cols)
        return used + 1 + details.render(into: &f, region: rest, active: !inSurvey)
    }
}
