// swift-tools-version: 6.0
import PackageDescription

// Targets and the one direction of their arrows (A ─► B: A imports B; nothing imports upwards):
//
//   bhvplan ─► WebServer ─► PlannerApp, ChildHealth, Reporting, ResultFormat (Hummingbird)
//   bhvplan ─► PlannerApp ─┬─► ChildHealth ─┬─► MonteCarlo ─► CGSL
//                          │                └─► CSVText
//                          ├─► Reporting ─┬─► ResultFormat ─► CSVText
//                          │              └─► Spreadsheet
//                          └─► ResultFormat ─► CNumberText
//   (PlannerApp also reads MonteCarlo's aggregates, which the domain's results hold.)
//
// - CGSL: GSL, nothing else C: a module map and a shim header of static inline wrappers.
// - CNumberText: C's printf for the one number format of the result files (Swift reaches C's
//   variadic printf only through a costly va_list); nothing else.
// - MonteCarlo: domain-free engine (random streams, samplers, parallel runner, aggregation).
//   May not import anything but CGSL.
// - CSVText: the CSV dialect read and written everywhere (records with line numbers, RFC 4180
//   quoting); reading on yaslab/CSV.swift. May not import any target of ours.
// - ChildHealth: the domain. Scenario model, input reading and validation, simulation,
//   comparison, sizing, follow-up counting and calibration, all as values. May not import ResultFormat or Reporting, and does no
//   file output.
// - ResultFormat: the on-disk schema, defined once: row types of results, fan, comparison and
//   staffing files, run metadata, indicator ids, the number format, and the writer that puts a
//   result set in place. May not import the domain.
// - Spreadsheet: .xlsx workbooks of typed cells (frozen header, fitted column widths), zipped by
//   ZIPFoundation. Knows nothing of the planner; may not import any target of ours.
// - Reporting: reports (LaTeX, Markdown, HTML, PDF) and workbooks rendered from result sets read through
//   ResultFormat, the reports laid out by Mustache templates (Templates/, swift-mustache) that a
//   region may replace. May not import the domain or PlannerApp.
// - PlannerApp: the application layer. Runs the domain, turns its values into result files and
//   terminal summaries, batch and bench. May not import ArgumentParser.
// - WebServer: `bhvplan serve`, the web page on Hummingbird: routes, server-rendered HTML, the
//   access token and the cap on simulations at once. Runs the domain through PlannerApp (and
//   edits a unit's values of ChildHealth); draws the fan charts through Reporting. Imported by
//   bhvplan only, and imports no ArgumentParser.
// - bhvplan: argument parsing only; each command's run() hands over to PlannerApp (serve to WebServer).
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
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(name: "MonteCarlo", dependencies: ["CGSL"]),
        .target(name: "CSVText", dependencies: [.product(name: "CSV", package: "CSV.swift")]),
        .target(
            name: "ChildHealth",
            dependencies: ["MonteCarlo", "CSVText", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "CNumberText"),
        .target(name: "ResultFormat", dependencies: ["CSVText", "CNumberText"]),
        .target(name: "Spreadsheet", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "Reporting",
            dependencies: ["ResultFormat", "Spreadsheet", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Templates")]
        ),
        .target(name: "PlannerApp", dependencies: ["ChildHealth", "MonteCarlo", "CSVText", "ResultFormat", "Reporting"]),
        .target(
            name: "WebServer",
            dependencies: [
                "PlannerApp", "ChildHealth", "ResultFormat", "Reporting",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "bhvplan",
            dependencies: ["PlannerApp", "WebServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "MonteCarloTests", dependencies: ["MonteCarlo", "CGSL"]),
        .testTarget(name: "CSVTextTests", dependencies: ["CSVText"]),
        // What several test targets share: scenarios built in code and written as files,
        // comparable cell summaries, and a reader of the HTML reports' tables.
        .target(name: "TestSupport", dependencies: ["ChildHealth", "MonteCarlo"], path: "Tests/TestSupport"),
        .testTarget(name: "ChildHealthTests", dependencies: ["ChildHealth", "TestSupport"]),
        .testTarget(name: "ResultFormatTests", dependencies: ["ResultFormat"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "ResultFormat", "TestSupport", "MonteCarlo", "Spreadsheet"]),
        .testTarget(name: "PlannerAppTests", dependencies: ["PlannerApp", "ChildHealth", "TestSupport", "ResultFormat", "Reporting"]),
        // Process-level checks of the command line: exit statuses, interruption, output folders,
        // and the golden outputs of the bundled scenarios.
        .testTarget(name: "CLITests", dependencies: ["bhvplan", "TestSupport"], exclude: ["Goldens"]),
        // The web page's routes through Hummingbird's in-process test client, no sockets.
        .testTarget(
            name: "WebServerTests",
            dependencies: [
                "WebServer", "PlannerApp", "ChildHealth", "ResultFormat", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
