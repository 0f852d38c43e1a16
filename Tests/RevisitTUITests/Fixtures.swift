import Foundation
import XCTest
@testable import RevisitTUI

enum Fixtures {
    /// The repository's keymaps/ directory, found from this file's path.
    static let keymapsDirectory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("keymaps").path

    static func shippedKeymap() throws -> Keymap {
        try Keymap.load(defaultFile: keymapsDirectory + "/default.keymap")
    }

    static func keymap(_ text: String, file: String = "test.keymap") throws -> Keymap {
        var keymap = Keymap()
        try KeymapParser.apply(text, file: file, to: &keymap)
        return keymap
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("revisit-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
