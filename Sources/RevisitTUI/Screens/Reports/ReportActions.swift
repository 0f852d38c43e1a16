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
        (.goReports, Msg(en: "Reports: daily, weekly and monthly", zh: "报表：日报、周报、月报", ko: "보고서: 일일, 주간, 월간", es: "Informes: diario, semanal y mensual")),
        (.previousPeriod, Msg(en: "Previous day, week or month", zh: "上一日、周或月", ko: "이전 일·주·월", es: "Día, semana o mes anterior")),
        (.nextPeriod, Msg(en: "Next day, week or month", zh: "下一日、周或月", ko: "다음 일·주·월", es: "Día, semana o mes siguiente")),
        (.currentPeriod, Msg(en: "The current period, so far", zh: "本期（至今）", ko: "현재 기간(오늘까지)", es: "El período actual, hasta hoy")),
        (.dailyReport, Msg(en: "Daily report", zh: "日报", ko: "일일 보고서", es: "Informe diario")),
        (.weeklyReport, Msg(en: "Weekly report", zh: "周报", ko: "주간 보고서", es: "Informe semanal")),
        (.monthlyReport, Msg(en: "Monthly report", zh: "月报", ko: "월간 보고서", es: "Informe mensual")),
        (.exportReport, Msg(en: "Export the report to a file (CSV for Excel, or .json)", zh: "导出报表到文件（Excel 用 CSV，或 .json）", ko: "보고서를 파일로 내보내기(Excel용 CSV 또는 .json)", es: "Exportar el informe a un archivo (CSV para Excel, o .json)")),
    ])
}
