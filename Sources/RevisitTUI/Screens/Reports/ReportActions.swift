extension Action {
    public static let previousPeriod: Action = "previous-period"
    public static let nextPeriod: Action = "next-period"
    public static let currentPeriod: Action = "current-period"
    public static let dailyReport: Action = "daily-report"
    public static let weeklyReport: Action = "weekly-report"
    public static let monthlyReport: Action = "monthly-report"
    public static let exportReport: Action = "export-report"
    public static let goReports: Action = "go-reports"
}

extension ActionDescriptions {
    public static let reports = ActionDescriptions([
        (.goReports, Msg(en: "Reports: daily, weekly and monthly", zh: "报表：日报、周报、月报")),
        (.previousPeriod, Msg(en: "Previous day, week or month", zh: "上一日、周或月")),
        (.nextPeriod, Msg(en: "Next day, week or month", zh: "下一日、周或月")),
        (.currentPeriod, Msg(en: "The current period, so far", zh: "本期（至今）")),
        (.dailyReport, Msg(en: "Daily report", zh: "日报")),
        (.weeklyReport, Msg(en: "Weekly report", zh: "周报")),
        (.monthlyReport, Msg(en: "Monthly report", zh: "月报")),
        (.exportReport, Msg(en: "Export the report to a file (CSV for Excel, or .json)", zh: "导出报表到文件（Excel 用 CSV，或 .json）")),
    ])
}
