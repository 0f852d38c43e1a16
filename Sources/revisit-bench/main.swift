import Foundation

// The benchmark's in-process probes; bench/run drives them. Not part of the app.
//   revisit-bench open STORE            time opening the store (load + indexes), once
// Each probe prints one line of `key=value` pairs for the harness to read.

let usage = """
    usage: revisit-bench open STORE
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("revisit-bench: \(message)\n".utf8))
    exit(2)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let probe = arguments.first else { fail(usage) }

do {
    switch (probe, arguments.count) {
    case ("open", 2): try OpenProbe.run(store: URL(fileURLWithPath: arguments[1]))
    default: fail(usage)
    }
} catch {
    fail("\(error)")
}
