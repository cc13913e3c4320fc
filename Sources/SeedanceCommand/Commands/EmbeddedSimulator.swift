import Foundation
import Seedance
import SeedanceCatalog
import SeedanceSimulator

/// The simulator the command uses when no API key is set: every catalog provider's server side
/// (``ProviderCatalog``), in process, with tasks that finish in a few seconds.
enum EmbeddedSimulator {
    /// A simulator speaking every provider's dialect, its tasks taking `completion`.
    static func make(completion: Duration) -> Simulator {
        ProviderCatalog.simulator(configuration: SimulatorConfiguration(completionTime: .fixed(completion)))
    }

    /// The engine configuration for simulated tasks that take `completion`: its polling hints put the first poll
    /// near the end, then short gaps.
    static func engine(completion: Duration) -> EngineConfiguration {
        EngineConfiguration(
            pollingHintsOverride: PollingHints(
                expectedDuration: completion, firstPollDelay: completion * 0.5, minimumInterval: .milliseconds(250),
                maximumInterval: max(.seconds(1), completion * 0.25)))
    }
}
