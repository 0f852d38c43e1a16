import Foundation
import XCTest

/// Drives the real binary in a tmux pane, as a person at a terminal would: keys in with
/// `send-keys`, the screen out with `capture-pane`.
final class TmuxSession {
    let name: String
    let socket: String

    /// Starts `revisit ARGS` in a detached session of the given size.
    init(_ arguments: [String], env: [String: String], columns: Int = 80, rows: Int = 24) throws {
        name = "revisit-\(UUID().uuidString.prefix(8))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(name)").path
        var command = "exec env"
        for (k, v) in RevisitProcess.environment(env.merging(["TERM": "xterm-256color"]) { $1 })
        where k.hasPrefix("REVISIT") || k == "LANG" || k == "LC_ALL" || k == "TERM" || k == "HOME" || k == "PATH" {
            command += " \(k)=\(Self.quote(v))"
        }
        command += " " + ([RevisitProcess.binary.path] + arguments).map(Self.quote).joined(separator: " ")
        try tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    /// The server leaves its socket behind when killed: one file in the temporary directory per test.
    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }

    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Keys by tmux name (`Enter`, `Escape`, `Down`, `C-c`) or literal text with `literal: true`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// Pastes `text` as a terminal does: bracketed when the program asked for it (mode 2004).
    /// tmux sends each line feed as a carriage return, as terminals do, unless `keepingLineFeeds`.
    func paste(_ text: String, keepingLineFeeds: Bool = false) throws {
        try tmux(["set-buffer", "-b", name, "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", name, "-t", name] + (keepingLineFeeds ? ["-r"] : []))
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The visible screen, one string per row.
    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
    }

    /// Waits until the screen contains `text` (or the predicate holds) and returns it; fails the
    /// test with the last screen if it never does. The generous default is for a loaded CI machine,
    /// not a speed target: speed is measured by the benchmark.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 30, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        try waitUntil(timeout: timeout, file: file, line: line, what: text) { $0.joined(separator: "\n").contains(text) }
    }

    @discardableResult
    func waitUntil(timeout: TimeInterval = 30, file: StaticString = #filePath, line: UInt = #line, what: String,
                   _ predicate: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            // The same screen twice, 50 ms apart: a capture taken while the program was still
            // drawing a frame (the new title over the old body) is never the one asserted on.
            if predicate(last) {
                usleep(50_000)
                let again = try screen()
                if again == last { return last }
                last = again
                continue
            }
            usleep(50_000)
        }
        XCTFail("screen never showed \(what):\n" + last.joined(separator: "\n"), file: file, line: line)
        throw TmuxError(message: "timeout waiting for \(what)")
    }

    /// Presses `key` (q, or C-c) and waits for the program to end, failing the test if it does not.
    func quit(with key: String = "q", file: StaticString = #filePath, line: UInt = #line) throws {
        try send(key)
        try waitUntil(file: file, line: line, what: "the program to end") { _ in paneIsDead }
    }

    var paneIsDead: Bool {
        ((try? tmux(["display-message", "-p", "-t", name, "#{pane_dead}"])) ?? "").hasPrefix("1")
    }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outURL) }
        let status = try Self.spawnAndWait(["tmux", "-S", socket] + args, stdout: outURL.path)
        guard status == 0 else { throw TmuxError(message: "tmux \(args.first ?? "") failed with status \(status)") }
        return String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
    }

    /// posix_spawn + waitpid rather than Foundation's Process: Process watches the child
    /// through a descriptor that the daemonizing tmux server inherits, so it never sees the
    /// client exit.
    static func spawnAndWait(_ arguments: [String], stdout path: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard rc == 0 else { throw TmuxError(message: "cannot start \(arguments[0]): error \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}

struct TmuxError: Error { var message: String }
