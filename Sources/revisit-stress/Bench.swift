import Foundation
import RevisitStore

/// Writes `lines` realistic records (spread over 36 monthly segments) into an empty journal
/// directory, then times a full load with a fresh `Journal`.
enum Bench {
    static let batchSize = 20_000
    static let months = 36

    static func run(directory: URL, lines: Int) throws {
        if let existing = try? SegmentFiles.count(in: directory), existing > 0 {
            print("journal already has \(existing) segments; timing the load only")
        } else {
            try generate(directory: directory, lines: lines)
        }
        try timeLoad(directory: directory)
    }

    private static func generate(directory: URL, lines: Int) throws {
        var written = 0
        var month = 0
        let journal = try Journal(directory: directory) {
            String(format: "%04d-%02d-17T10:21:%02d+08:00", 2024 + month / 12, month % 12 + 1, written % 60)
        }
        let start = Date()
        while written < lines {
            let end = min(written + batchSize, lines)
            month = min(months - 1, written * months / max(lines, 1))
            let records = (written ..< end).map(realisticRecord)
            try journal.append { _ in records }
            written = end
        }
        print(String(format: "wrote %d lines in %.2f s", written, Date().timeIntervalSince(start)))
    }

    private static func timeLoad(directory: URL) throws {
        let bytes = try SegmentFiles.totalBytes(in: directory)
        let journal = try Journal(directory: directory)
        var count = 0
        var calls = 0
        var fieldBytes = 0
        let start = DispatchTime.now().uptimeNanoseconds
        try journal.scanNew { view in
            count += 1
            if view.hasType("call.logged") { calls += 1 }
            fieldBytes += view.fieldCount + (view.int(1) ?? 0) % 7
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "scanNew: %d records, %.1f MB in %.3f s (%.0f MB/s, %.2f M lines/s); %d calls, damage %d",
                     count, Double(bytes) / 1e6, seconds, Double(bytes) / 1e6 / seconds,
                     Double(count) / 1e6 / seconds, calls, journal.damage.count))
        precondition(fieldBytes >= 0)
        guard ProcessInfo.processInfo.environment["BENCH_SCAN_ONLY"] == nil else { return }
        let readStart = DispatchTime.now().uptimeNanoseconds
        let records = try Journal(directory: directory).readNew()
        let readSeconds = Double(DispatchTime.now().uptimeNanoseconds - readStart) / 1e9
        print(String(format: "readNew: %d records in %.3f s", records.count, readSeconds))
    }

    private static let surnames = ["张", "王", "李", "赵", "陈", "刘", "黄", "周"]
    private static let givenNames = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "洋"]
    private static let models = ["凯美瑞 2.5L", "RAV4 荣放", "汉兰达", "卡罗拉双擎", "亚洲龙"]
    private static let notes = [
        "客户表示满意，下次保养再联系", "电话无人接听", "客户反映空调异响\t已转售后", "客户要求改约周六上午\n备注：带孩子",
        "对服务顾问态度不满意，要求回电", "",
    ]

    private static func realisticRecord(_ i: Int) -> PendingRecord {
        let name = surnames[i % surnames.count] + givenNames[i % givenNames.count]
        let author = ["wang.li", "zhao.min", "chen.jing"][i % 3]
        switch i % 4 {
        case 0:
            return PendingRecord(author: author, type: "customer.added", fields: [
                "C\(100_000 + i)", name, "13\(String(format: "%09d", i * 7919 % 1_000_000_000))",
                "广东省深圳市南山区科技园路\(i % 300)号", "粤B·\(String(format: "%05d", i % 100_000))",
            ])
        case 1:
            return PendingRecord(author: author, type: "visit.recorded", fields: [
                "RO\(2_024_000_000 + i)", "C\(100_000 + i - 1)", models[i % models.count], "maintenance",
                "2025-03-14 09:30", "2025-03-14 16:45", String(i % 200_000), "\(i % 5000).50", "更换机油机滤，检查刹车片",
            ])
        case 2:
            return PendingRecord(author: author, type: "call.logged", fields: [
                "T\(i)", "reached", String(i % 5 + 1), notes[i % notes.count], "2025-03-20 10:15", String(i % 600),
                "13\(String(format: "%09d", i * 7919 % 1_000_000_000))",
            ])
        default:
            return PendingRecord(author: author, type: "task.claimed", fields: ["T\(i - 1)", author, "1", "2025-03-20 10:14", "首保回访 \(models[i % models.count])"])
        }
    }
}

enum SegmentFiles {
    static func names(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".log") }
    }

    static func count(in directory: URL) throws -> Int { try names(in: directory).count }

    static func totalBytes(in directory: URL) throws -> Int {
        try names(in: directory).reduce(0) { total, name in
            let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)
            return total + ((attributes[.size] as? Int) ?? 0)
        }
    }
}
