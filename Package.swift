// swift-tools-version:6.1
import PackageDescription

/// The analyzer's buffers are class properties touched once per byte; release builds skip
/// the dynamic exclusivity checks on them (debug builds and tests keep them).
let hotPathSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

/// A search is one short process: release builds of `tracuu` are static executables
/// (the Swift runtime, Foundation, SQLite and ICU linked in from their `.a` archives), so
/// a start loads no shared library and resolves no symbol: ~3 M instructions and ~150
/// page faults less per search than dynamic linking. Debug builds and tests link as usual.
let quickStartSwiftSettings: [SwiftSetting] = [.unsafeFlags(["-static-executable"], .when(configuration: .release))]
let quickStartLinkerSettings: [LinkerSetting] = [.unsafeFlags(["-static-executable"], .when(configuration: .release))]

let package = Package(
    name: "tracuu",
    products: [
        .executable(name: "tracuu", targets: ["tracuu"]),
        .library(name: "VietText", targets: ["VietText"]),
        .library(name: "TracuuIndex", targets: ["TracuuIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        .target(
            name: "VietText",
            dependencies: ["CICU"],
            resources: [.copy("Abbreviations/Resources/abbreviations.tsv")],
            swiftSettings: hotPathSettings),
        .target(
            name: "TracuuIndex",
            dependencies: ["VietText", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: hotPathSettings),
        .executableTarget(
            name: "tracuu",
            dependencies: ["TracuuIndex", "VietText", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: quickStartSwiftSettings,
            linkerSettings: quickStartLinkerSettings),
        .executableTarget(
            name: "tracuu-bench",
            dependencies: ["TracuuIndex", "VietText"]),
        .executableTarget(
            name: "tracuu-fuzz",
            dependencies: ["VietText"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "VietTextTests", dependencies: ["VietText", "TestSupport"]),
        .testTarget(name: "TracuuIndexTests", dependencies: ["TracuuIndex", "VietText", "TestSupport"]),
        .testTarget(name: "tracuuTests", dependencies: [
            "tracuu", "TracuuIndex", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
