// swift-tools-version: 6.1
import PackageDescription

/// Loupe's benchmark suites (package-benchmark). Budgets are absolute p95 thresholds in `budgets.tsv`;
/// `scripts/bench` runs every suite and checks them.
let package = Package(
    name: "LoupeBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Loupe", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .target(
            name: "BenchSupport",
            dependencies: [.product(name: "CatalogGenerator", package: "Loupe")],
            path: "BenchSupport"
        ),
        .executableTarget(
            name: "SearchBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Indexer", package: "Loupe"),
                .product(name: "CatalogGenerator", package: "Loupe"),
                .product(name: "LoupeJSON", package: "Loupe"),
            ],
            path: "SearchBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "PricingBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Pricing", package: "Loupe"),
                .product(name: "LoupeJSON", package: "Loupe"),
            ],
            path: "PricingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "IndexingBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Indexer", package: "Loupe"),
                .product(name: "CatalogGenerator", package: "Loupe"),
                .product(name: "LoupeJSON", package: "Loupe"),
            ],
            path: "IndexingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "MemoryBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Indexer", package: "Loupe"),
                .product(name: "Pricing", package: "Loupe"),
                .product(name: "CatalogGenerator", package: "Loupe"),
            ],
            path: "MemoryBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "SyncBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Indexer", package: "Loupe"),
                .product(name: "Pricing", package: "Loupe"),
                .product(name: "QueryServer", package: "Loupe"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "SyncBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "DurabilityBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CatalogGenerator", package: "Loupe"),
                .product(name: "LoupeJSON", package: "Loupe"),
            ],
            path: "DurabilityBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
