import Foundation
import RevisitCore
import TOMLKit

/// Reads and writes the store's config.toml. Unknown keys are refused by name, so a typo in a
/// setting never silently falls back to a default.
public enum ConfigFile {
    public static let name = "config.toml"

    public static func parse(_ text: String, file: String = name) throws(StoreError) -> ShopConfig {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch {
            throw .badConfig("\(file): \(error)")
        }
        var reader = TOMLReader(table: table, file: file)
        return try reader.shopConfig()
    }

    public static func render(_ c: ShopConfig) -> String {
        let r = c.rules, b = c.businessHours
        var out = """
        # Revisit shop settings. Times are the shop's local time.
        shop_name = \(quoted(c.shopName))
        # "en", "zh", "ko" or "es"; empty follows $LANG
        language = \(quoted(c.language))
        time_zone = \(quoted(c.timeZone))
        calling_windows = [\(c.callingWindows.map { quoted($0.description) }.joined(separator: ", "))]
        departments = [\(c.departments.map(quoted).joined(separator: ", "))]
        csi_target = \(c.csiTarget)

        [rules]
        satisfaction_due_days = \(r.satisfactionDueDays)
        satisfaction_overdue_days = \(r.satisfactionOverdueDays)
        satisfaction_expire_days = \(r.satisfactionExpireDays)
        # 0 turns the second follow-up off
        second_followup_days = \(r.secondFollowupDays)
        second_followup_overdue_days = \(r.secondFollowupOverdueDays)
        second_followup_expire_days = \(r.secondFollowupExpireDays)
        new_car_due_days = \(r.newCarDueDays)
        new_car_overdue_days = \(r.newCarOverdueDays)
        new_car_expire_days = \(r.newCarExpireDays)
        maintenance_lead_days = \(r.maintenanceLeadDays)
        maintenance_expire_days = \(r.maintenanceExpireDays)
        maintenance_interval_months = \(r.maintenanceIntervalMonths)
        first_service_after_delivery_months = \(r.firstServiceAfterDeliveryMonths)
        win_back_months = \(r.winBackMonths)
        win_back_quiet_days = \(r.winBackQuietDays)
        retry_minutes = \(r.retryMinutes)
        max_attempts = \(r.maxAttempts)
        claim_minutes = \(r.claimMinutes)

        [business_hours]
        # ISO weekdays: 1 = Monday ... 7 = Sunday
        weekdays = [\(b.weekdays.sorted().map(String.init).joined(separator: ", "))]
        hours = \(quoted(b.window.description))
        holidays = [\(b.holidays.sorted().map { quoted($0.description) }.joined(separator: ", "))]
        first_contact_minutes = \(b.firstContactMinutes)
        escalate_after_days = \(b.escalateAfterDays)

        """
        for q in c.survey {
            out += "\n[[survey]]\nid = \(quoted(q.id))\ndepartment = \(quoted(q.department))\n"
            for (lang, text) in q.text.sorted(by: { $0.key < $1.key }) { out += "text_\(lang) = \(quoted(text))\n" }
        }
        return out
    }

    /// What a `language` setting may be, for the config's and the staff file's refusals.
    static let languageRule = "must be " + ShopConfig.languages.map { "\"\($0)\"" }.joined(separator: ", ") + " or empty"

    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += String(format: "\\u%04X", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

/// Typed reads from a TOML table, each error naming the file and key.
struct TOMLReader {
    let table: TOMLTable
    let file: String

    mutating func shopConfig() throws(StoreError) -> ShopConfig {
        var c = ShopConfig()
        try allowOnly(table, ["shop_name", "language", "time_zone", "calling_windows", "departments", "csi_target",
                              "rules", "business_hours", "survey"], in: "")
        if let v = try string("shop_name") { c.shopName = v }
        if let v = try string("language") {
            guard ShopConfig.isLanguageSetting(v) else { throw bad("language", ConfigFile.languageRule) }
            c.language = v
        }
        if let v = try string("time_zone") {
            guard TimeZone(identifier: v) != nil else { throw bad("time_zone", "\(v) is not a known time zone") }
            c.timeZone = v
        }
        if let v = try strings("calling_windows") {
            c.callingWindows = try v.map { (w) throws(StoreError) in try window(w, "calling_windows", "\(w) ") }
        }
        if let v = try strings("departments") { c.departments = v }
        if let v = table["csi_target"] {
            guard let d = v.double ?? v.int.map(Double.init), (0...100).contains(d) else { throw bad("csi_target", "must be a number from 0 to 100") }
            c.csiTarget = d
        }
        if let rules = table["rules"]?.table { c.rules = try ruleSpans(rules) }
        if let hours = table["business_hours"]?.table { c.businessHours = try businessHours(hours) }
        if let survey = table["survey"]?.array { c.survey = try surveyQuestions(survey) }
        return c
    }

    func ruleSpans(_ t: TOMLTable) throws(StoreError) -> RuleSpans {
        var r = RuleSpans()
        let keys: [(String, WritableKeyPath<RuleSpans, Int>)] = [
            ("satisfaction_due_days", \.satisfactionDueDays), ("satisfaction_overdue_days", \.satisfactionOverdueDays),
            ("satisfaction_expire_days", \.satisfactionExpireDays), ("second_followup_days", \.secondFollowupDays),
            ("second_followup_overdue_days", \.secondFollowupOverdueDays),
            ("second_followup_expire_days", \.secondFollowupExpireDays), ("new_car_due_days", \.newCarDueDays),
            ("new_car_overdue_days", \.newCarOverdueDays), ("new_car_expire_days", \.newCarExpireDays),
            ("maintenance_lead_days", \.maintenanceLeadDays), ("maintenance_expire_days", \.maintenanceExpireDays),
            ("maintenance_interval_months", \.maintenanceIntervalMonths),
            ("first_service_after_delivery_months", \.firstServiceAfterDeliveryMonths),
            ("win_back_months", \.winBackMonths), ("win_back_quiet_days", \.winBackQuietDays),
            ("retry_minutes", \.retryMinutes), ("max_attempts", \.maxAttempts), ("claim_minutes", \.claimMinutes),
        ]
        try allowOnly(t, keys.map(\.0), in: "rules.")
        for (key, path) in keys {
            guard let v = t[key] else { continue }
            guard let n = v.int, n >= 0 else { throw bad("rules.\(key)", "must be a whole number, 0 or more") }
            r[keyPath: path] = n
        }
        return r
    }

    func businessHours(_ t: TOMLTable) throws(StoreError) -> BusinessHours {
        var b = BusinessHours()
        try allowOnly(t, ["weekdays", "hours", "holidays", "first_contact_minutes", "escalate_after_days"], in: "business_hours.")
        if let days = t["weekdays"]?.array {
            let values = days.compactMap(\.int)
            guard values.count == days.count, values.allSatisfy({ (1...7).contains($0) }) else {
                throw bad("business_hours.weekdays", "must list numbers 1 (Monday) to 7 (Sunday)")
            }
            b.weekdays = Set(values)
        }
        if let h = t["hours"] {
            guard let s = h.string else { throw bad("business_hours.hours", "is not a text as \"HH:MM-HH:MM\"") }
            b.window = try window(s, "business_hours.hours", "")
        }
        if let list = t["holidays"]?.array {
            var days = Set<CivilDate>()
            for item in list {
                guard let s = item.string, let d = CivilDate(s) else {
                    throw bad("business_hours.holidays", "\(item) " + (item.string.map(BadDateText.date) ?? "is not a date as YYYY-MM-DD"))
                }
                days.insert(d)
            }
            b.holidays = days
        }
        if let v = t["first_contact_minutes"] {
            guard let n = v.int, n > 0 else { throw bad("business_hours.first_contact_minutes", "must be a whole number above 0") }
            b.firstContactMinutes = n
        }
        if let v = t["escalate_after_days"] {
            guard let n = v.int, n > 0 else { throw bad("business_hours.escalate_after_days", "must be a whole number above 0") }
            b.escalateAfterDays = n
        }
        return b
    }

    func surveyQuestions(_ array: TOMLArray) throws(StoreError) -> [SurveyQuestion] {
        var out: [SurveyQuestion] = []
        for (i, item) in array.enumerated() {
            guard let t = item.table, let id = t["id"]?.string, !id.isEmpty, let dept = t["department"]?.string else {
                throw bad("survey[\(i + 1)]", "needs id and department")
            }
            var text: [String: String] = [:]
            for key in t.keys where key.hasPrefix("text_") { text[String(key.dropFirst(5))] = t[key]?.string ?? "" }
            guard !text.isEmpty else { throw bad("survey[\(i + 1)]", "needs a text_en (or text_zh, ...)") }
            guard !out.contains(where: { $0.id == id }) else { throw bad("survey[\(i + 1)]", "repeats id \(id)") }
            out.append(SurveyQuestion(id: id, text: text, department: dept))
        }
        return out
    }

    func allowOnly(_ t: TOMLTable, _ keys: [String], in prefix: String) throws(StoreError) {
        if let unknown = t.firstUnknownKey(knowing: keys) {
            throw bad(prefix + unknown, "is not a known setting")
        }
    }

    func string(_ key: String) throws(StoreError) -> String? {
        guard let v = table[key] else { return nil }
        guard let s = v.string else { throw bad(key, "must be a string") }
        return s
    }

    func strings(_ key: String) throws(StoreError) -> [String]? {
        guard let v = table[key] else { return nil }
        guard let a = v.array else { throw bad(key, "must be a list of strings") }
        let s = a.compactMap(\.string)
        guard s.count == a.count else { throw bad(key, "must be a list of strings") }
        return s
    }

    /// `text` as a time window; else what is wrong, after `key` and `shown` (the text itself
    /// where the key holds a list).
    func window(_ text: String, _ key: String, _ shown: String) throws(StoreError) -> TimeWindow {
        switch TimeWindow.parse(text) {
        case .success(let window): return window
        case .failure(let problem): throw bad(key, shown + problem.description)
        }
    }

    func bad(_ key: String, _ why: String) -> StoreError { .badConfig("\(file): \(key) \(why)") }
}
