import Foundation
import XCTest

/// Runs the built `revisit` binary (it sits next to the test bundle in .build/<config>/).
struct RevisitProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        var dir = Bundle.main.bundleURL
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            dir = bundle.bundleURL.deletingLastPathComponent()
        }
        let candidate = dir.appendingPathComponent("revisit")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/revisit")
    }

    static func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["REVISIT_STORE"] = nil
        env["REVISIT_USER"] = nil
        env["LANG"] = "C.UTF-8"
        for (k, v) in extra { env[k] = v }
        return env
    }

    @discardableResult
    static func run(_ arguments: [String], env: [String: String] = [:]) throws -> Result {
        let p = start(arguments, env: env)
        // Files, not pipes: a large output can never block the child, and no reader threads.
        let dir = FileManager.default.temporaryDirectory
        let outURL = dir.appendingPathComponent("revisit-out-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent("revisit-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        try p.run()
        p.waitUntilExit()
        return Result(status: p.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func start(_ arguments: [String], env: [String: String] = [:]) -> Process {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.environment = environment(env)
        return p
    }
}

/// A fresh temporary directory per test, removed afterwards.
class EndToEndCase: XCTestCase {
    var tmp: URL!
    var store: String { tmp.appendingPathComponent("store").path }

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("revisit-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    /// Changes a byte in the second line of the store's first journal segment, so its checksum
    /// no longer matches; returns the segment's name.
    func damageSecondJournalLine() throws -> String {
        let dir = tmp.appendingPathComponent("store/journal")
        let segment = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().first { $0.hasSuffix(".log") })
        let url = dir.appendingPathComponent(segment)
        var bytes = try Data(contentsOf: url)
        let secondLine = try XCTUnwrap(bytes.firstIndex(of: 0x0A)) + 20
        bytes[secondLine] = bytes[secondLine] == 0x41 ? 0x42 : 0x41
        try bytes.write(to: url)
        return segment
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = tmp.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @discardableResult
    func revisit(_ args: String..., env: [String: String] = [:]) throws -> RevisitProcess.Result {
        try revisit(args, env: env)
    }

    @discardableResult
    func revisit(_ args: [String], env: [String: String] = [:]) throws -> RevisitProcess.Result {
        try RevisitProcess.run(args + ["--store", store], env: env)
    }

    func journalBytes() throws -> Data {
        let dir = tmp.appendingPathComponent("store/journal")
        var all = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".log") {
            all += try Data(contentsOf: dir.appendingPathComponent(name))
        }
        return all
    }

    static var sample: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/samples/repair-orders.csv").path
    }
}
