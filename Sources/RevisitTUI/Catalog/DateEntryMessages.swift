import RevisitCore

/// What is wrong with a date or time typed into a form, named with the field, in the screen's
/// language: "Call back at 2026-02-30 10:00: 2026-02 has no day 30", "Deadline: give a date as
/// YYYY-MM-DD". A text written the right way but naming no real day says which part is wrong.
public struct DateEntryMessages: MessageGroup {
    public let writeDate = Msg(en: "write it as YYYY-MM-DD", zh: "请写成 YYYY-MM-DD", ko: "YYYY-MM-DD 형식으로 입력하세요", es: "use el formato AAAA-MM-DD")
    public let writeTime = Msg(en: "write it as YYYY-MM-DD HH:MM", zh: "请写成 YYYY-MM-DD HH:MM", ko: "YYYY-MM-DD HH:MM 형식으로 입력하세요", es: "use el formato AAAA-MM-DD HH:MM")
    public let giveDate = Msg(en: "give a date as YYYY-MM-DD", zh: "请填写日期，格式 YYYY-MM-DD", ko: "날짜를 YYYY-MM-DD 형식으로 입력하세요", es: "indique una fecha en formato AAAA-MM-DD")
    public let giveTime = Msg(en: "give a time as YYYY-MM-DD HH:MM", zh: "请填写时间，格式 YYYY-MM-DD HH:MM", ko: "시간을 YYYY-MM-DD HH:MM 형식으로 입력하세요", es: "indique fecha y hora en formato AAAA-MM-DD HH:MM")
    public let yearOutOfRange = Msg(en: "years run from 1900 to 9999", zh: "年份须在 1900 到 9999 之间", ko: "연도는 1900~9999 사이여야 합니다", es: "el año debe estar entre 1900 y 9999")
    public let noSuchMonth = Msg(en: "there is no month %@", zh: "没有 %@ 月", ko: "%@월은 없습니다", es: "no existe el mes %@")
    public let noSuchDay = Msg(en: "%1$@ has no day %2$@", zh: "%1$@ 没有 %2$@ 日", ko: "%1$@에는 %2$@일이 없습니다", es: "%1$@ no tiene día %2$@")
    public let noSuchHour = Msg(en: "hours run from 00 to 23", zh: "小时须在 00 到 23 之间", ko: "시는 00~23 사이여야 합니다", es: "la hora debe estar entre 00 y 23")
    public let noSuchMinute = Msg(en: "minutes run from 00 to 59", zh: "分钟须在 00 到 59 之间", ko: "분은 00~59 사이여야 합니다", es: "los minutos deben estar entre 00 y 59")

    public func problem(date text: String, field: String, _ language: Language) -> String {
        let why = text.isEmpty ? giveDate[language]
            : DateImpossibility.of(date: text).map { explain($0, language) } ?? writeDate[language]
        return named(text, field: field, why, language)
    }

    public func problem(time text: String, field: String, _ language: Language) -> String {
        let why = text.isEmpty ? giveTime[language]
            : DateImpossibility.of(time: text).map { explain($0, language) } ?? writeTime[language]
        return named(text, field: field, why, language)
    }

    func explain(_ why: DateImpossibility, _ language: Language) -> String {
        switch why {
        case .yearOutOfRange: yearOutOfRange[language]
        case .noSuchMonth(let month): noSuchMonth.format(language, month)
        case .noSuchDay(let month, let day): noSuchDay.format(language, month, day)
        case .noSuchHour: noSuchHour[language]
        case .noSuchMinute: noSuchMinute[language]
        }
    }

    private func named(_ text: String, field: String, _ why: String, _ language: Language) -> String {
        MessageCatalog.app.labelled.format(language, text.isEmpty ? field : "\(field) \(text)", why)
    }
}

extension MessageCatalog {
    public static let dates = DateEntryMessages()
}
