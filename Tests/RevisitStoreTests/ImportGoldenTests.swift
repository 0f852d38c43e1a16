import Foundation
import XCTest
import RevisitCore
@testable import RevisitStore

/// Pins what an import writes and reports, byte for byte, on files full of edge cases: the
/// journal lines (less their checksum and write time), every refusal message and the rejected
/// file. Recorded before the import was made faster; any change here is a change of behaviour.
final class ImportGoldenTests: StoreTestCase {
    static let header = "\u{FEFF}工单号,customer_name,Phone,address,plate,vin,model,vehicle_kind,visit_type,opened_at,"
        + "delivered_at,mileage,items,service_advisor,amount,next_service_date,next_service_mileage,rework,club_member,备注"

    static let goodRows = [
        "RO-1,张伟,138 0013 8000,\"深圳市南山区, 科技园\",粤B·12345,lsvau2180n2123456,朗逸,轿车,maintenance,2026-11-02 09:10,2026-11-02 15:40,15230,\"更换机油, 机滤\",王芳,580.00,2027-05-02,25000,no,yes,x",
        "RO-2, 张伟 ,+86 138-0013-8001,,粤b d3456,,ID.4,SUV,新车交付,2026-11-08,2026-11-08 11:30,12,\"say \"\"hi\"\"\nline two\",陈静,0,,,否,是,",
        "\u{3000}RO-3\u{3000},李娜,13912345678,\u{3000}地址\u{3000},粤B·88K21,,途观L,,REPAIR,2026-11-03T08:30,2026-11-05 17:00,,back\\slash,王芳,1260.5,,,1,0,",
        "RO-4,Kim Minjun,010-1234-5678,서울시 강남구,서울12가3456,,Tiguan,SUV,保养,2026-11-10 14:00,2026-11-10 16:00,2000000,Oil change,,12,2027-05-10,30400,YES,No,",
        "RO-4,Kim Minjun,010-1234-5678,서울시 강남구,서울12가3456,,Tiguan,SUV,保养,2026-11-10 14:00,2026-11-10 16:00,2000000,Oil change,,12,2027-05-10,30400,YES,No,",
        "RO-5,张伟 二,13800138000,,粤B·12345,,朗逸 Plus,轿车,warranty,2026-11-12 09:00,2026-11-12 09:00,0,\"multi\r\nline\",王芳,0.05,,,,,",
        "",
    ]

    static let changedRows = [
        "RO-1,张伟,138 0013 8000,\"深圳市南山区, 科技园\",粤B·12345,lsvau2180n2123456,朗逸,轿车,maintenance,2026-11-02 09:10,2026-11-02 15:40,15230,\"更换机油, 机滤\",王芳,600.00,2027-05-02,25000,no,yes,x",
        "RO-6,Kim Minjun,01012345678,,서울 12가 3456,,Tiguan,SUV,promo,2026-11-20,2026-11-20,,,,,,,no,yes,",
    ]

    static let badRows = [
        "RO-7,,1380013800x,,粤B·1,LSVAU2180N212345I,,,wash,2026-02-30,2026-02-28,-5,ok,,1.234,2026-13-01,abc,maybe,是的,",
        "RO-8,\"张\u{1B}[31m伟\",123456,,,,迈腾,,,,,2000001,\"a\u{7F}b\",\"c\u{85}d\",1.,20261101,1 000,,,",
        "RO-9,好人,,,粤A·1,short,迈腾,,repair,2026-11-05,2026-11-04,,,,.5,,,,,",
        "RO-1,张伟,138 0013 8000,\"深圳市南山区, 科技园\",粤B·12345,lsvau2180n2123456,朗逸,轿车,maintenance,2026-11-02 09:10,2026-11-02 15:40,15230,\"更换机油, 机滤\",王芳,9.00,2027-05-02,25000,no,yes,x",
        "RO-10,王强,13700001111,,粤A·6F789,,迈腾,\"line\nbreak\",insurance,2026-10-28,2026-11-06,,,,,,,,,",
        "RO-11,\u{3000},+,,\u{3000},,\u{3000},,\u{3000},\u{3000},\u{3000},\u{3000},,,\u{3000},\u{3000},\u{3000},\u{3000},\u{3000},",
        "RO-12,short,row",
        "RO-13,李娜,13912345678,,粤B·88K21,,途观L,,repair,2026-11-03,2026-11-05,,tab\there,,,,,,,",
    ]

    static func csv(_ rows: [String]) -> Data { Data(([header] + rows).joined(separator: "\r\n").utf8) }

    func testJournalLinesOfAnImportAndAReImport() throws {
        let store = try RevisitStore(opening: dir)
        let first = try RepairOrderFile(data: Self.csv(Self.goodRows), name: "good.csv")
        XCTAssertEqual(first.problems, [])
        XCTAssertEqual(first.warnings, ["good.csv:1: ignoring unknown column(s): 备注"])
        let added = try store.perform(ImportRepairOrders(orders: first.orders), as: admin, now: now)
        XCTAssertEqual("\(added)", "customers 4 added, 1 updated; vehicles 4 added, 1 updated; visits 5 added, 0 updated")
        // The file names one phone twice with different names, so it flips them back and forth.
        let again = try store.perform(ImportRepairOrders(orders: first.orders), as: admin, now: now)
        XCTAssertEqual("\(again)", "customers 0 added, 2 updated; vehicles 0 added, 2 updated; visits 0 added, 0 updated")
        let second = try RepairOrderFile(data: Self.csv(Self.changedRows), name: "changed.csv")
        let changed = try store.perform(ImportRepairOrders(orders: second.orders), as: admin, now: now)
        XCTAssertEqual("\(changed)", "customers 0 added, 2 updated; vehicles 0 added, 2 updated; visits 1 added, 1 updated")
        XCTAssertEqual(try store.perform(ImportRepairOrders(orders: second.orders), as: admin, now: now), ImportSummary())

        XCTAssertEqual(try journalLinesWithoutChecksumAndTime(), Self.expectedJournal)
        let reopened = try RevisitStore(opening: dir)
        XCTAssertEqual(reopened.damage.count, 0)
        XCTAssertEqual(reopened.unreadableEvents, [])
    }

    func testEveryRefusalIsNamedAndRejectedRowsAreKept() throws {
        // Read whole, and in tables of a few rows validated as the next is read.
        for rowsPerTable in [4096, 1, 2, 3, 5] {
            let file = try RepairOrderFile(data: Self.csv(Self.goodRows + Self.badRows), name: "bad.csv", rowsPerTable: rowsPerTable)
            XCTAssertEqual(file.problems.map(\.description), Self.expectedProblems, "\(rowsPerTable)")
            XCTAssertEqual(file.orders.map(\.roNumber), ["RO-1", "RO-2", "RO-3", "RO-4", "RO-4", "RO-5"])
            XCTAssertEqual(String(decoding: file.rejectedCSV(), as: UTF8.self), Self.expectedRejected)
            XCTAssertEqual(file.warnings, ["bad.csv:1: ignoring unknown column(s): 备注"])
        }
    }

    func testFilesThatCannotBeReadAtAll() {
        let cases: [(String, Data)] = [
            ("bad.csv:3: a quoted field is never closed", Self.csv([Self.goodRows[0], "RO-2,\"open"])),
            ("bad.csv:2: unexpected text after a closing quote", Self.csv(["RO-1,\"a\"b"])),
            ("bad.csv:3: is not valid UTF-8; from Excel, save it as \"CSV UTF-8\", not GBK", Data(Self.csv([Self.goodRows[0]]) + [0x0A, 0x52, 0xC3, 0x28])),
            ("bad.csv: the file is empty; it needs a header row", Data("\u{FEFF}\n\n".utf8)),
            ("bad.csv:1: missing required column(s): phone, opened_at", Data("ro_number,customer_name,plate,model,visit_type,delivered_at".utf8)),
            ("bad.csv:1: column plate appears twice", Data("ro_number,plate,车牌号".utf8)),
            ("bad.csv:4: a quoted field is never closed", Data("\n\nro_number,plate\nx,\"open".utf8)),
            ("bad.csv:3: missing required column(s): customer_name, phone, model, visit_type, opened_at, delivered_at",
             Data("\n\nro_number,plate\r\nx,y\n\nz,w".utf8)),
        ]
        for (expected, data) in cases {
            for rowsPerTable in [4096, 1, 2] {
                XCTAssertThrowsError(try RepairOrderFile(data: data, name: "bad.csv", rowsPerTable: rowsPerTable)) { error in
                    XCTAssertEqual("\(error)", expected)
                }
            }
        }
    }

    func journalLinesWithoutChecksumAndTime() throws -> [String] {
        let journal = dir.appendingPathComponent("journal")
        let names = try FileManager.default.contentsOfDirectory(atPath: journal.path).filter { $0.hasSuffix(".log") }
        XCTAssertEqual(names.count, 1)
        let text = String(decoding: try Data(contentsOf: journal.appendingPathComponent(names[0])), as: UTF8.self)
        return text.split(separator: "\n").map { line in
            var columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            columns.remove(at: 2)
            columns.remove(at: 0)
            return columns.joined(separator: "|")
        }
    }

    static let expectedJournal = [
        "1+|boss|customer.saved|C000001|张伟|13800138000|深圳市南山区, 科技园|retained|1|0|||",
        "2+|boss|vehicle.saved|粤B·12345|LSVAU2180N2123456|朗逸|轿车|C000001",
        "3+|boss|visit.saved|RO-1|C000001|粤B12345|maintenance|2026-11-02 09:10|2026-11-02 15:40|15230|更换机油, 机滤|王芳|58000|2027-05-02|25000|0",
        "4+|boss|customer.saved|C000002|张伟|8613800138001||retained|1|0|||",
        "5+|boss|vehicle.saved|粤b d3456||ID.4|SUV|C000002",
        "6+|boss|visit.saved|RO-2|C000002|粤BD3456|delivery|2026-11-08 00:00|2026-11-08 11:30|12|say \"hi\"\\nline two|陈静|0|||0",
        "7+|boss|customer.saved|C000003|李娜|13912345678|地址|retained|0|0|||",
        "8+|boss|vehicle.saved|粤B·88K21||途观L||C000003",
        "9+|boss|visit.saved|RO-3|C000003|粤B88K21|repair|2026-11-03 08:30|2026-11-05 17:00||back\\\\slash|王芳|126050|||1",
        "10+|boss|customer.saved|C000004|Kim Minjun|01012345678|서울시 강남구|retained|0|0|||",
        "11+|boss|vehicle.saved|서울12가3456||Tiguan|SUV|C000004",
        "12+|boss|visit.saved|RO-4|C000004|서울12가3456|maintenance|2026-11-10 14:00|2026-11-10 16:00|2000000|Oil change||1200|2027-05-10|30400|1",
        "13+|boss|customer.saved|C000001|张伟 二|13800138000|深圳市南山区, 科技园|retained|0|0|||",
        "14+|boss|vehicle.saved|粤B·12345|LSVAU2180N2123456|朗逸 Plus|轿车|C000001",
        "15|boss|visit.saved|RO-5|C000001|粤B12345|warranty|2026-11-12 09:00|2026-11-12 09:00|0|multi\\r\\nline|王芳|5|||0",
        "16+|boss|customer.saved|C000001|张伟|13800138000|深圳市南山区, 科技园|retained|1|0|||",
        "17+|boss|vehicle.saved|粤B·12345|LSVAU2180N2123456|朗逸|轿车|C000001",
        "18+|boss|customer.saved|C000001|张伟 二|13800138000|深圳市南山区, 科技园|retained|0|0|||",
        "19|boss|vehicle.saved|粤B·12345|LSVAU2180N2123456|朗逸 Plus|轿车|C000001",
        "20+|boss|customer.saved|C000001|张伟|13800138000|深圳市南山区, 科技园|retained|1|0|||",
        "21+|boss|vehicle.saved|粤B·12345|LSVAU2180N2123456|朗逸|轿车|C000001",
        "22+|boss|visit.saved|RO-1|C000001|粤B12345|maintenance|2026-11-02 09:10|2026-11-02 15:40|15230|更换机油, 机滤|王芳|60000|2027-05-02|25000|0",
        "23+|boss|customer.saved|C000004|Kim Minjun|01012345678|서울시 강남구|retained|1|0|||",
        "24+|boss|vehicle.saved|서울 12가 3456||Tiguan|SUV|C000004",
        "25|boss|visit.saved|RO-6|C000004|서울12가3456|promo|2026-11-20 00:00|2026-11-20 00:00|||||||0",
    ]

    static let expectedProblems = [
        "11: customer_name: is empty",
        "11: phone: \"1380013800x\" contains \"x\"; only digits, '+', spaces and '-' are allowed",
        "11: vin: \"LSVAU2180N212345I\" contains \"I\"; a VIN uses digits and letters other than I, O and Q",
        "11: model: is empty",
        "11: visit_type: \"wash\" is not one of maintenance, repair, warranty, insurance, bodywork, delivery, promo",
        "11: opened_at: \"2026-02-30\" is not a date: 2026-02 has no day 30",
        "11: mileage: \"-5\" is not a whole number from 0 to 2000000",
        "11: amount: \"1.234\" is not an amount (not negative, at most 2 decimal places)",
        "11: next_service_date: \"2026-13-01\" is not a date: there is no month 13",
        "11: next_service_mileage: \"abc\" is not a whole number from 0 to 2000000",
        "11: rework: \"maybe\" is not yes/no, 是/否 or 1/0",
        "11: club_member: \"是的\" is not yes/no, 是/否 or 1/0",
        "12: customer_name: contains control character ESC (0x1B)",
        "12: phone: \"123456\" has 6 digits; a phone number has 7 to 15",
        "12: plate: is empty",
        "12: visit_type: is empty",
        "12: opened_at: is empty",
        "12: delivered_at: is empty",
        "12: mileage: \"2000001\" is not a whole number from 0 to 2000000",
        "12: items: contains control character 0x7F",
        "12: service_advisor: contains control character 0x85",
        "12: amount: \"1.\" is not an amount (not negative, at most 2 decimal places)",
        "12: next_service_date: \"20261101\" is not a date as YYYY-MM-DD",
        "12: next_service_mileage: \"1 000\" is not a whole number from 0 to 2000000",
        "13: phone: \"\" is empty",
        "13: vin: \"SHORT\" has 5 characters; a VIN has 17",
        "13: delivered_at: 2026-11-04 00:00 is before opened_at 2026-11-05 00:00",
        "13: amount: \".5\" is not an amount (not negative, at most 2 decimal places)",
        "14: ro_number: RO-1 appears again (first at line 2) with different data",
        "15: vehicle_kind: contains control character line break",
        "17: customer_name: is empty",
        "17: phone: \"+\" has 0 digits; a phone number has 7 to 15",
        "17: plate: is empty",
        "17: model: is empty",
        "17: visit_type: is empty",
        "17: opened_at: is empty",
        "17: delivered_at: is empty",
        "18: phone: \"row\" contains \"r\"; only digits, '+', spaces and '-' are allowed",
        "18: plate: is empty",
        "18: model: is empty",
        "18: visit_type: is empty",
        "18: opened_at: is empty",
        "18: delivered_at: is empty",
        "19: items: contains control character TAB (0x09)",
    ]

    static let expectedRejected = [
        "\u{FEFF}工单号,customer_name,Phone,address,plate,vin,model,vehicle_kind,visit_type,opened_at,delivered_at,mileage,items,service_advisor,amount,next_service_date,next_service_mileage,rework,club_member,备注,reason",
        "RO-7,,1380013800x,,粤B·1,LSVAU2180N212345I,,,wash,2026-02-30,2026-02-28,-5,ok,,1.234,2026-13-01,abc,maybe,是的,,\"customer_name: is empty; phone: \"\"1380013800x\"\" contains \"\"x\"\"; only digits, '+', spaces and '-' are allowed; vin: \"\"LSVAU2180N212345I\"\" contains \"\"I\"\"; a VIN uses digits and letters other than I, O and Q; model: is empty; visit_type: \"\"wash\"\" is not one of maintenance, repair, warranty, insurance, bodywork, delivery, promo; opened_at: \"\"2026-02-30\"\" is not a date: 2026-02 has no day 30; mileage: \"\"-5\"\" is not a whole number from 0 to 2000000; amount: \"\"1.234\"\" is not an amount (not negative, at most 2 decimal places); next_service_date: \"\"2026-13-01\"\" is not a date: there is no month 13; next_service_mileage: \"\"abc\"\" is not a whole number from 0 to 2000000; rework: \"\"maybe\"\" is not yes/no, 是/否 or 1/0; club_member: \"\"是的\"\" is not yes/no, 是/否 or 1/0\"",
        "RO-8,张\u{1B}[31m伟,123456,,,,迈腾,,,,,2000001,a\u{7F}b,c\u{85}d,1.,20261101,1 000,,,,\"customer_name: contains control character ESC (0x1B); phone: \"\"123456\"\" has 6 digits; a phone number has 7 to 15; plate: is empty; visit_type: is empty; opened_at: is empty; delivered_at: is empty; mileage: \"\"2000001\"\" is not a whole number from 0 to 2000000; items: contains control character 0x7F; service_advisor: contains control character 0x85; amount: \"\"1.\"\" is not an amount (not negative, at most 2 decimal places); next_service_date: \"\"20261101\"\" is not a date as YYYY-MM-DD; next_service_mileage: \"\"1 000\"\" is not a whole number from 0 to 2000000\"",
        "RO-9,好人,,,粤A·1,short,迈腾,,repair,2026-11-05,2026-11-04,,,,.5,,,,,,\"phone: \"\"\"\" is empty; vin: \"\"SHORT\"\" has 5 characters; a VIN has 17; delivered_at: 2026-11-04 00:00 is before opened_at 2026-11-05 00:00; amount: \"\".5\"\" is not an amount (not negative, at most 2 decimal places)\"",
        "RO-1,张伟,138 0013 8000,\"深圳市南山区, 科技园\",粤B·12345,lsvau2180n2123456,朗逸,轿车,maintenance,2026-11-02 09:10,2026-11-02 15:40,15230,\"更换机油, 机滤\",王芳,9.00,2027-05-02,25000,no,yes,x,ro_number: RO-1 appears again (first at line 2) with different data",
        "RO-10,王强,13700001111,,粤A·6F789,,迈腾,\"line\nbreak\",insurance,2026-10-28,2026-11-06,,,,,,,,,,vehicle_kind: contains control character line break",
        "RO-11,\u{3000},+,,\u{3000},,\u{3000},,\u{3000},\u{3000},\u{3000},\u{3000},,,\u{3000},\u{3000},\u{3000},\u{3000},\u{3000},,\"customer_name: is empty; phone: \"\"+\"\" has 0 digits; a phone number has 7 to 15; plate: is empty; model: is empty; visit_type: is empty; opened_at: is empty; delivered_at: is empty\"",
        "RO-12,short,row,\"phone: \"\"row\"\" contains \"\"r\"\"; only digits, '+', spaces and '-' are allowed; plate: is empty; model: is empty; visit_type: is empty; opened_at: is empty; delivered_at: is empty\"",
        "RO-13,李娜,13912345678,,粤B·88K21,,途观L,,repair,2026-11-03,2026-11-05,,tab\there,,,,,,,,items: contains control character TAB (0x09)",
        "",
    ].joined(separator: "\r\n")
}
