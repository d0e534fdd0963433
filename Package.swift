// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Loupe",
    platforms: [.macOS(.v15)],
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
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
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
                "CICU", "CRoaring", "CLibPQ", "LoupeJSON",
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
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "loupe",
            dependencies: [
                "QueryServer", "CatalogGenerator", "Indexer", "Pricing", "LoupeJSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        .testTarget(name: "LoupeJSONTests", dependencies: ["LoupeJSON"]),
        .target(name: "ConformanceSupport", dependencies: ["LoupeJSON"], path: "Tests/ConformanceSupport"),
        .target(name: "TestDatabase", dependencies: ["Indexer"], path: "Tests/TestDatabase"),
        .testTarget(name: "IndexerTests", dependencies: ["Indexer", "CatalogGenerator", "LoupeJSON", "ConformanceSupport", "Pricing", "TestDatabase"]),
        .testTarget(
            name: "QueryServerTests",
            dependencies: [
                "QueryServer", "Indexer", "Pricing", "LoupeJSON", "ConformanceSupport", "TestDatabase",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "PricingTests", dependencies: ["Pricing", "LoupeJSON"]),
        .testTarget(name: "CatalogGeneratorTests", dependencies: ["CatalogGenerator", "LoupeJSON"]),
    ],
    swiftLanguageModes: [.v6]
)
