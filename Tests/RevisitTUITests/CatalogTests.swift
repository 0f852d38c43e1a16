import XCTest
@testable import RevisitTUI

final class CatalogTests: XCTestCase {
    func testEveryMessageIsCompleteInBothLanguages() {
        let all = MessageCatalog.allMessages
        XCTAssertGreaterThan(all.count, 40)
        for (name, msg) in all {
            XCTAssertFalse(msg.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(name): English missing")
            XCTAssertFalse(msg.zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(name): Chinese missing")
            XCTAssertNotEqual(msg.en, msg.zh, "\(name): Chinese is a copy of the English")
            XCTAssertTrue(msg.zh.unicodeScalars.contains { DisplayWidth.isWide($0.value) }, "\(name): Chinese has no Chinese")
            XCTAssertEqual(MessageFormat.placeholders(msg.en), MessageFormat.placeholders(msg.zh),
                           "\(name): the translations take different arguments")
        }
    }

    func testEveryActionAndContextHasADescription() {
        for group in ActionCatalog.groups {
            for entry in group.entries { XCTAssertNotNil(ActionCatalog.descriptions[entry.action]) }
        }
        XCTAssertEqual(ActionCatalog.known.count, ActionCatalog.groups.map(\.entries.count).reduce(0, +),
                       "an action is described twice")
        for context in KeyContext.allCases {
            XCTAssertFalse(context.displayName.en.isEmpty)
            XCTAssertFalse(context.displayName.zh.isEmpty)
        }
    }

    func testFormatting() {
        let calls = Msg(en: "%d calls due", zh: "%d 个待回访")
        XCTAssertEqual(calls.format(.english, 12), "12 calls due")
        XCTAssertEqual(calls.format(.chinese, 12), "12 个待回访")
        let reordered = Msg(en: "%1$@ called %2$@", zh: "%2$@ 由 %1$@ 回访")
        XCTAssertEqual(reordered.format(.chinese, "李娜", "张伟"), "张伟 由 李娜 回访")
        XCTAssertEqual(Msg(en: "100%% done %@", zh: "完成 100%% %@").format(.english, "!"), "100% done !")
        XCTAssertEqual(MessageFormat.placeholders("%1$@ and %2$d"), [0: "@", 1: "d"])
    }

    func testLanguageChoice() {
        XCTAssertEqual(Language.resolve(configured: "zh", environment: ["LANG": "en_US.UTF-8"]), .chinese)
        XCTAssertEqual(Language.resolve(configured: "en", environment: ["LANG": "zh_CN.UTF-8"]), .english)
        XCTAssertEqual(Language.resolve(configured: nil, environment: ["LANG": "zh_CN.UTF-8"]), .chinese)
        XCTAssertEqual(Language.resolve(configured: nil, environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"]), .english)
        XCTAssertEqual(Language.resolve(configured: nil, environment: ["LC_ALL": "zh_TW.UTF-8"]), .chinese)
        XCTAssertEqual(Language.resolve(configured: "fr", environment: ["LANG": "zh_CN"]), .chinese)
        XCTAssertEqual(Language.resolve(configured: nil, environment: [:]), .english)
    }
}
