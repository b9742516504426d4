// swift-tools-version:6.1
import PackageDescription

/// The analyzer's buffers are class properties touched once per byte; release builds skip
/// the dynamic exclusivity checks on them (debug builds and tests keep them).
let hotPathSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

/// A search is one short process: release builds of `tracuu` link the Swift runtime and
/// Foundation statically (no shared libraries to load and bind) into a position-dependent
/// executable (none of the 80,000 relocations a PIE applies at every start). Debug builds
/// and tests link as usual.
let quickStartSwiftSettings: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
let quickStartLinkerSettings: [LinkerSetting] = [
    .unsafeFlags(["-static-stdlib", "-Xclang-linker", "-no-pie"], .when(configuration: .release)),
]

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
        // ICU is opened with dlopen at its first use (see CICU.c): no link-time dependency.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("dl")]),
        .target(
            name: "VietText",
            dependencies: ["CICU"],
            resources: [.copy("Resources/abbreviations.tsv")],
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
