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

    /// The simulated dialects, one per provider family (hosts of one API share a server side).
    static var dialects: [any SimulatedDialect] { [] }

    /// The simulator's name for the server side of `entry`'s dialect.
    static func simulatedName(for entry: ProviderEntry) -> String { entry.name }

    /// Where `entry`'s dialect is served by `simulator` (in process, or under a server's `origin`).
    static func baseURL(for entry: ProviderEntry, in simulator: Simulator, origin: URL = Simulator.inProcessOrigin) -> URL {
        simulator.baseURL(for: simulatedName(for: entry), origin: origin)
    }
}
