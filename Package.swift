// swift-tools-version:6.0
import PackageDescription

// The Seedance Swift SDK. No package dependencies: the toolchain's Foundation, FoundationNetworking, Dispatch,
// XCTest and Swift Testing only. Adapters depend on SeedanceCore alone; the simulator does not import adapters.
// The adapter modules: the umbrella `Seedance` depends on each, and each has a `<Adapter>Tests` target.
let dialects = ["SparkDance", "JieKou", "APIXO", "SeedanceAPIOrg", "ModelArk"]

let package = Package(
    name: "Seedance",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Seedance", targets: ["Seedance"]),
        .library(name: "SeedanceSimulator", targets: ["SeedanceSimulator"]),
        .executable(name: "seedance", targets: ["seedance"]),
        .executable(name: "seedance-bench", targets: ["SeedanceBench"]),
    ],
    targets: [
        .target(name: "SeedanceCore"),
        // The Seedance 1.x `content` array (request body, rules, models) shared by the adapters that speak it; internal
        // to the package (no product), its declarations are `package`.
        .target(name: "SeedanceContentArray", dependencies: ["SeedanceCore"]),
        .target(name: "SparkDance", dependencies: ["SeedanceCore", "SeedanceContentArray"]),
        .target(name: "JieKou", dependencies: ["SeedanceCore"]),
        .target(name: "APIXO", dependencies: ["SeedanceCore"]),
        .target(name: "SeedanceAPIOrg", dependencies: ["SeedanceCore"]),
        .target(name: "ModelArk", dependencies: ["SeedanceCore", "SeedanceContentArray"]),
        .target(name: "Seedance", dependencies: ["SeedanceCore"] + dialects.map { .target(name: $0) }),
        .target(name: "SeedanceSimulator", dependencies: ["SeedanceCore"]),
        // The provider catalog's internal half: simulator faces, fixtures and fuzz seeds beside the public presets.
        .target(name: "SeedanceCatalog", dependencies: ["Seedance", "SeedanceSimulator"]),
        .target(name: "SeedanceCommand", dependencies: ["Seedance", "SeedanceSimulator", "SeedanceCatalog"]),
        .executableTarget(name: "seedance", dependencies: ["SeedanceCommand"]),
        .executableTarget(name: "SeedanceBench", dependencies: ["Seedance", "SeedanceCore", "SeedanceSimulator", "SeedanceSoak", "SeedanceCatalog"]),
        .target(name: "SeedanceSoak", dependencies: ["Seedance", "SeedanceSimulator", "SeedanceCatalog"]),
        .target(name: "SeedanceTestSupport", dependencies: ["SeedanceCore"], path: "Tests/SeedanceTestSupport"),
        .target(name: "SimulatorTestSupport", dependencies: ["SeedanceCore", "SeedanceSimulator", "SeedanceTestSupport"], path: "Tests/SimulatorTestSupport"),

        // Tests/<Target>Tests/<Folder>/ mirrors Sources/<Target>/<Folder>/; shared helpers live in each target's Support/.
        .testTarget(name: "SeedanceCoreTests", dependencies: ["SeedanceCore", "SeedanceSimulator", "SeedanceTestSupport"]),
        .testTarget(name: "SeedanceSimulatorTests", dependencies: ["SeedanceSimulator", "SeedanceCore", "SeedanceTestSupport"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["SeedanceSoak", "Seedance", "SeedanceSimulator", "SeedanceTestSupport", "SeedanceCatalog"]),
        .testTarget(
            name: "SeedanceCommandTests", dependencies: ["SeedanceCommand", "Seedance", "SeedanceSimulator", "SeedanceTestSupport", "SeedanceCatalog"]),
        // An app's own HTTPRequest, Logger, Router … beside `import Seedance`: compiles only while no public name clashes.
        .target(name: "EcosystemStandIns", path: "Tests/EcosystemStandIns"),
        .testTarget(name: "EcosystemClashTests", dependencies: ["Seedance", "EcosystemStandIns"]),
    ]
        + dialects.map { dialect in
            // Each adapter's tests: the adapter against fixtures and against its simulated server (AdapterRig).
            .testTarget(
                name: "\(dialect)Tests",
                dependencies: [
                    "SimulatorTestSupport", .target(name: dialect), "SeedanceContentArray", "SeedanceCore", "SeedanceSimulator", "SeedanceTestSupport",
                ])
        },
    swiftLanguageModes: [.v6]
)
