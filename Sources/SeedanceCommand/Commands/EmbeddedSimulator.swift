import Foundation
import Seedance
import SeedanceCatalog
import SeedanceSimulator

/// The simulator the command uses when no API key is set: every catalog provider's server side
/// (``ProviderCatalog``), in process, with tasks that finish in a few seconds.
enum EmbeddedSimulator {
    /// A simulator speaking every provider's dialect, its tasks taking `completion`. One that lives for a single
    /// command takes a `--draft-task` id from an earlier command as a finished draft of the same model
    /// (``SimulatorConfiguration/assumesUnknownDraftsSucceeded``); `seedance simulate` knows its own drafts.
    static func make(completion: Duration, livesForOneCommand: Bool = true) -> Simulator {
        var configuration = SimulatorConfiguration(completionTime: .fixed(completion))
        configuration.assumesUnknownDraftsSucceeded = livesForOneCommand
        return ProviderCatalog.simulator(configuration: configuration)
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
