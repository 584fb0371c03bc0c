// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "bhvplan",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "bhvplan", targets: ["bhvplan"]),
        .library(name: "ChildHealth", targets: ["ChildHealth"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // GSL, nothing else C: a module map and a shim header of static inline wrappers.
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        // Domain-free Monte Carlo engine: random streams, samplers, parallel runner, aggregation.
        .target(
            name: "MonteCarlo",
            dependencies: ["CGSL"]
        ),
        // The child-health domain: scenario loading and validation, the unit-month model, indicators.
        .target(
            name: "ChildHealth",
            dependencies: [
                "MonteCarlo",
                "Reporting",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        // Tables and figures rendered from a run's result files, and the atomic file writer and
        // number format every output shares.
        .target(name: "Reporting"),
        // The thin command-line interface: one file per subcommand.
        .executableTarget(
            name: "bhvplan",
            dependencies: [
                "ChildHealth",
                "Reporting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MonteCarloTests", dependencies: ["MonteCarlo", "CGSL"]),
        .testTarget(name: "ChildHealthTests", dependencies: ["ChildHealth"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting"]),
        // Process-level checks of the command line: exit statuses, interruption, output folders.
        .testTarget(name: "CLITests", dependencies: ["bhvplan"], exclude: ["Goldens"]),
    ]
)
