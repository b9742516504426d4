// swift-tools-version:6.1
import PackageDescription

// No unsafe flags, so other packages can depend on VietText and TracuuIndex: the hot class
// properties skip exclusivity checks with `@exclusivity(unchecked)`, and the static,
// stripped release binary is built by `scripts/build-release.sh`.
let package = Package(
    name: "tracuu",
    products: [
        .executable(name: "tracuu", targets: ["tracuu"]),
        .executable(name: "tracuu-serve", targets: ["tracuu-serve"]),
        .library(name: "VietText", targets: ["VietText"]),
        .library(name: "TracuuIndex", targets: ["TracuuIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        .target(name: "CSQLiteLibrary", linkerSettings: [.linkedLibrary("sqlite3")]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "VietText",
            dependencies: ["CICU", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "TracuuIndex",
            dependencies: ["VietText", "CSQLiteLibrary", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "TracuuOutput",
            dependencies: ["TracuuIndex", "VietText", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "TracuuWeb",
            dependencies: [
                "TracuuIndex", "VietText", "TracuuOutput",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .executableTarget(
            name: "tracuu",
            dependencies: [
                "TracuuIndex", "VietText", "TracuuOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .executableTarget(
            name: "tracuu-serve",
            dependencies: ["TracuuWeb", "TracuuOutput", "VietText"]),
        .executableTarget(
            name: "tracuu-bench",
            dependencies: ["TracuuIndex", "VietText"]),
        .executableTarget(
            name: "tracuu-fuzz",
            dependencies: ["VietText"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "VietTextTests", dependencies: ["VietText", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "TracuuIndexTests", dependencies: ["TracuuIndex", "VietText", "TestSupport"]),
        .testTarget(name: "tracuuTests", dependencies: [
            "tracuu", "tracuu-serve", "TracuuIndex", "TracuuOutput", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
