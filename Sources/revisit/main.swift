import Foundation

// Exit codes: 0 success, 1 refused, 2 usage, 3 the store is damaged or unreadable.
let exitCode = CommandLineRunner.run(Array(CommandLine.arguments.dropFirst()))
exit(exitCode)
