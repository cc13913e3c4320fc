import Foundation
import Seedance
import SeedanceSimulator

/// The simulator the command uses when no API key is set: every dialect's server side, in process, with tasks
/// that finish in a few seconds.
enum EmbeddedSimulator {
    /// A simulator speaking every dialect, its tasks taking `completion`.
    static func make(completion: Duration) -> Simulator {
        Simulator(dialects: dialects, configuration: SimulatorConfiguration(completionTime: .fixed(completion)))
    }

    /// The simulated dialects, one per `--provider` name, each under its own path so that one simulator serves all.
    static var dialects: [any SimulatedDialect] {
        [
            SimulatedSparkDance(name: "vtrix", basePath: "/vtrix"),
            SimulatedJieKou(host: .jiekou, basePath: "/jiekou"),
            SimulatedJieKou(host: .novita, basePath: "/novita"),
            SimulatedJieKou(host: .ppio, basePath: "/ppio"),
            SimulatedAPIXO(basePath: "/apixo"),
            SimulatedSeedanceAPIOrg(basePath: "/seedanceapi/v1"),
            SimulatedModelArk(name: "byteplus", basePath: "/byteplus/api/v3"),
            SimulatedModelArk(name: "volcengine", basePath: "/volcengine/api/v3"),
        ]
    }

    /// The simulator's name for the server side of `entry`'s dialect.
    static func simulatedName(for entry: ProviderEntry) -> String { entry.name }

    /// Polling hints for simulated tasks that take `completion`: the first poll near the end, then short gaps.
    static func hints(completion: Duration) -> PollingHints {
        PollingHints(
            expectedDuration: completion, firstPollDelay: completion * 0.5, minimumInterval: .milliseconds(250),
            maximumInterval: max(.seconds(1), completion * 0.25))
    }

    /// Where `entry`'s dialect is served by `simulator` (in process, or under a server's `origin`).
    static func baseURL(for entry: ProviderEntry, in simulator: Simulator, origin: URL = Simulator.inProcessOrigin) -> URL {
        simulator.baseURL(for: simulatedName(for: entry), origin: origin)
    }
}
