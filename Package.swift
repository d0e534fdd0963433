// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Loupe",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "loupe", targets: ["loupe"]),
        .library(name: "Indexer", targets: ["Indexer"]),
        .library(name: "Pricing", targets: ["Pricing"]),
        .library(name: "QueryServer", targets: ["QueryServer"]),
        .library(name: "CatalogGenerator", targets: ["CatalogGenerator"]),
        .library(name: "LoupeJSON", targets: ["LoupeJSON"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-atomics", from: "1.2.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // C shims: the only C in the project; Swift wrappers own every resource they hand out.
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        .systemLibrary(name: "CRoaring", path: "Sources/CRoaring"),
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ"),
        .systemLibrary(name: "CHiredis", path: "Sources/CHiredis"),

        .target(name: "LoupeJSON"),
        .target(
            name: "Indexer",
            dependencies: [
                "CICU", "CRoaring", "LoupeJSON",
                .product(name: "Atomics", package: "swift-atomics"),
            ]
        ),
        .target(name: "Pricing", dependencies: ["LoupeJSON"]),
        .target(name: "CatalogGenerator", dependencies: ["LoupeJSON"]),
        .target(
            name: "QueryServer",
            dependencies: [
                "Indexer", "Pricing", "LoupeJSON",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "loupe",
            dependencies: [
                "QueryServer", "CatalogGenerator", "Indexer", "Pricing", "LoupeJSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "LoupeJSONTests", dependencies: ["LoupeJSON"]),
        .testTarget(name: "IndexerTests", dependencies: ["Indexer", "CatalogGenerator", "LoupeJSON"]),
        .testTarget(name: "PricingTests", dependencies: ["Pricing", "LoupeJSON"]),
        .testTarget(name: "CatalogGeneratorTests", dependencies: ["CatalogGenerator", "LoupeJSON"]),
    ],
    swiftLanguageModes: [.v6]
)
