// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Revisit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "revisit", targets: ["revisit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "RevisitCore"),
        .target(name: "RevisitStore", dependencies: ["RevisitCore", "TOMLKit"]),
        .target(name: "RevisitTUI", dependencies: ["RevisitCore", "RevisitStore", "CNCursesW"]),
        .executableTarget(
            name: "revisit",
            dependencies: [
                "RevisitCore", "RevisitStore", "RevisitTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RevisitCoreTests", dependencies: ["RevisitCore"]),
        .executableTarget(name: "revisit-stress", dependencies: ["RevisitStore"]),
        .executableTarget(name: "revisit-bench", dependencies: ["RevisitCore", "RevisitStore", "RevisitTUI"]),
        .testTarget(name: "RevisitStoreTests", dependencies: ["RevisitStore", "RevisitCore", "revisit-stress"]),
        .testTarget(name: "RevisitTUITests", dependencies: ["RevisitTUI", "RevisitCore", "RevisitStore"]),
        // Drives the built `revisit` binary as a user would: CLI exit codes, crashes, tmux.
        .testTarget(name: "RevisitEndToEndTests", dependencies: ["revisit"]),
    ]
)
