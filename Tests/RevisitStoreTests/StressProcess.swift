import Foundation
import XCTest

/// Runs the `revisit-stress` helper built next to the test bundle (.build/debug).
enum StressProcess {
    struct NotFound: Error { let message: String }

    static func binary() throws -> URL {
        var directories: [URL] = []
        if let path = ProcessInfo.processInfo.environment["REVISIT_STRESS"] {
            directories.append(URL(fileURLWithPath: path).deletingLastPathComponent())
        }
        for bundle in [Bundle.main] + Bundle.allBundles {
            directories += [bundle.bundleURL, bundle.bundleURL.deletingLastPathComponent()]
        }
        if let executable = Bundle.main.executableURL {
            directories.append(executable.deletingLastPathComponent())
        }
        for directory in directories {
            let candidate = directory.appendingPathComponent("revisit-stress")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw NotFound(message: "revisit-stress not found near the test bundle (looked in \(directories.map(\.path))); run `swift build` first")
    }

    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        try process.run()
        return process
    }
}
