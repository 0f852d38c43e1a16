import XCTest
import RevisitCore
@testable import RevisitTUI

final class CatalogTests: XCTestCase {
    func testEveryMessageIsCompleteInEveryLanguage() {
        let all = MessageCatalog.allMessages
        XCTAssertGreaterThan(all.count, 40)
        for (name, msg) in all {
            for language in Language.allCases {
                XCTAssertFalse(msg[language].trimmingCharacters(in: .whitespaces).isEmpty, "\(name): \(language) missing")
                XCTAssertEqual(MessageFormat.placeholders(msg.en), MessageFormat.placeholders(msg[language]),
                               "\(name): the \(language) translation takes different arguments")
            }
            XCTAssertNotEqual(msg.en, msg.zh, "\(name): Chinese is a copy of the English")
            XCTAssertTrue(msg.zh.unicodeScalars.contains { DisplayWidth.isWide($0.value) }, "\(name): Chinese has no Chinese")
            XCTAssertFalse(msg.ko.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(name): Korean has Chinese in it")
            // A pattern with no words of its own ("%@ (%@)") is the same in Korean and Spanish.
            guard MessageFormat.apply(msg.en, []).contains(where: \.isLetter) else { continue }
            XCTAssertTrue(msg.ko == Self.productName || msg.ko.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) },
                          "\(name): Korean has no Hangul")
            if msg.es == msg.en && !Self.sameInSpanish.contains(msg.en) {
                XCTFail("\(name): Spanish is a copy of the English: \(msg.en)")
            }
        }
    }

    /// English words that Spanish screens write the same way.
    static let sameInSpanish: Set<String> = [productName, "CSI", "Crisis", "crisis %@", "CRISIS", "ID", "ESC", "1H", "No",
                                             "%@m", "%@h", "%@d"]
    /// Korean and Spanish screens keep the product's name; the Chinese ones call it 回访.
    static let productName = "Revisit"

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
        let calls = Msg(en: "%d calls due", zh: "%d 个待回访", ko: "예정 %d건", es: "%d llamadas pendientes")
        XCTAssertEqual(calls.format(.english, 12), "12 calls due")
        XCTAssertEqual(calls.format(.chinese, 12), "12 个待回访")
        let reordered = Msg(en: "%1$@ called %2$@", zh: "%2$@ 由 %1$@ 回访", ko: "%1$@ 님이 %2$@ 님께 전화", es: "%1$@ llamó a %2$@")
        XCTAssertEqual(reordered.format(.chinese, "李娜", "张伟"), "张伟 由 李娜 回访")
        XCTAssertEqual(calls.format(.korean, 12), "예정 12건")
        XCTAssertEqual(reordered.format(.spanish, "Ana", "Luis"), "Ana llamó a Luis")
        XCTAssertEqual(Msg(en: "100%% done %@", zh: "完成 100%% %@", ko: "100%% 완료 %@", es: "100%% hecho %@").format(.english, "!"), "100% done !")
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
        XCTAssertEqual(Language.resolve(configured: nil, environment: ["LANG": "ko_KR.UTF-8"]), .korean)
        XCTAssertEqual(Language.resolve(configured: nil, environment: ["LC_MESSAGES": "es_MX.UTF-8", "LANG": "C.UTF-8"]), .spanish)
        XCTAssertEqual(Language.resolve(configured: "es", environment: ["LANG": "ko_KR.UTF-8"]), .spanish)
        XCTAssertEqual(Language.resolve(configured: nil, environment: ["LANG": "fr_FR.UTF-8"]), .english)
        // the codes the store's files accept are the languages the screens speak
        XCTAssertEqual(Language.allCases.map(\.rawValue), ShopConfig.languages)
        // a person's own language first, then the store's, then the locale
        XCTAssertEqual(Language.resolve(personal: "ko", configured: "zh", environment: ["LANG": "es_ES.UTF-8"]), .korean)
        XCTAssertEqual(Language.resolve(personal: "", configured: "zh", environment: ["LANG": "es_ES.UTF-8"]), .chinese)
        XCTAssertEqual(Language.resolve(personal: "", configured: "", environment: ["LANG": "es_ES.UTF-8"]), .spanish)
    }
}
