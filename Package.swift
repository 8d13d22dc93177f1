// swift-tools-version:6.0
import PackageDescription

/// nucbench: reference-exact evaluation of nucleus instance segmentation.
///
/// Targets point one way: NucCore ← NucMetrics, NucIO ← NucEngine ← NucBench ← nucbench.
/// The system-library shims are resolved through pkg-config with Debian providers.
let package = Package(
    name: "nucbench",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nucbench", targets: ["nucbench"]),
        .library(name: "NucMetrics", targets: ["NucMetrics"]),
        .library(name: "NucIO", targets: ["NucIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // MARK: - System libraries
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CTIFF", pkgConfig: "libtiff-4", providers: [.apt(["libtiff-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),

        // MARK: - C bridges
        .target(name: "CImageBridge", dependencies: ["CPNG", "CTIFF"]),

        // MARK: - Libraries
        .target(name: "NucCore"),
        .target(name: "NucMetrics", dependencies: ["NucCore"]),
        .target(name: "NucIO", dependencies: ["NucCore", "CZlib", "CImageBridge"]),
        .target(name: "NucEngine", dependencies: ["NucCore", "NucIO", "CBLAS"]),
        .target(name: "NucBench", dependencies: ["NucCore", "NucMetrics", "NucIO", "NucEngine", "CSQLite"]),

        // MARK: - Command line
        .executableTarget(
            name: "nucbench",
            dependencies: [
                "NucBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Tests
        .testTarget(name: "NucCoreTests", dependencies: ["NucCore"]),
        .testTarget(name: "NucMetricsTests", dependencies: ["NucMetrics", "NucIO"], exclude: ["Numerics/Golden"]),
        .testTarget(name: "NucIOTests", dependencies: ["NucIO"], exclude: ["Fixtures"]),
        .testTarget(name: "NucEngineTests", dependencies: ["NucEngine"], exclude: ["Fixtures"]),
        .testTarget(
            name: "NucBenchTests", dependencies: ["NucBench"],
            exclude: ["Reports/Golden", "Comparison/Golden", "Evaluation/Fixtures", "Pipeline/Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
