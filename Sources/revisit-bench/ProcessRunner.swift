import Foundation

/// Runs a command as a child process with its output sent to /dev/null and reports its wall
/// time and peak resident memory (`ru_maxrss` from `wait4`), so the harness needs neither
/// GNU time nor hyperfine.
enum ProcessRunner {
    struct Run {
        var seconds: Double
        /// User plus system CPU time: less sensitive than wall time to a machine busy with other work.
        var cpuSeconds: Double
        var maxRSSKilobytes: Int
        var status: Int32
    }

    static func run(_ command: [String]) throws -> Run {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let start = Stopwatch.now()
        let spawned = posix_spawnp(&pid, command[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot run \(command[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed for \(command[0])") }
        }
        let seconds = Stopwatch.now() - start
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let cpu = [usage.ru_utime, usage.ru_stime].reduce(0.0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        return Run(seconds: seconds, cpuSeconds: cpu, maxRSSKilobytes: usage.ru_maxrss, status: exit)
    }

    /// `revisit-bench run [--repeat N] -- CMD ARGS...`: one line with the median wall time,
    /// the fastest and slowest run, the median CPU time, and the largest peak memory of any run.
    /// A failing run stops it.
    static func main(_ arguments: [String]) throws {
        var rest = arguments
        var repeats = 5
        if rest.first == "--repeat", rest.count >= 2, let n = Int(rest[1]), n > 0 {
            repeats = n
            rest.removeFirst(2)
        }
        guard rest.first == "--", rest.count >= 2 else { throw BenchError("usage: revisit-bench run [--repeat N] -- CMD ARGS...") }
        let command = Array(rest.dropFirst())
        var runs: [Run] = []
        for _ in 0 ..< repeats {
            let run = try run(command)
            guard run.status == 0 else { throw BenchError("\(command.joined(separator: " ")) exited with \(run.status)") }
            runs.append(run)
        }
        let times = runs.map(\.seconds)
        print("median_s=\(Stats.format(Stats.median(times))) min_s=\(Stats.format(times.min()!))",
              "max_s=\(Stats.format(times.max()!)) median_cpu_s=\(Stats.format(Stats.median(runs.map(\.cpuSeconds))))",
              "max_rss_kb=\(runs.map(\.maxRSSKilobytes).max()!) runs=\(repeats)")
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
