import Foundation
import Seedance
import SeedanceCatalog
import SeedanceSimulator

/// Runs a fault soak: one simulator serving all five dialects (the two envelope dialects twice: errors under their
/// HTTP status and inside HTTP 200 answers) over its loopback server, which closes keep-alive connections idle for
/// longer than ``idleConnectionLimit``; one client per dialect on a shared `URLSessionTransport`; `tasks` generate
/// calls spread evenly across the dialects, every ``cancelEvery``-th one cancelled by its caller while its create is
/// in flight; then the audit.
/// Shared by the ReliabilityTests fault soak and `seedance-bench soak`. The providers are the catalog's, one per
/// adapter (``ProviderCatalog/perAdapter``), plus the envelope dialects' HTTP-200 error delivery.
package struct SoakDriver {
    /// A driver for `tasks` tasks, `inFlight` at a time, downloading every `downloadEvery`-th success; every other
    /// setting keeps the default below.
    package init(tasks: Int = 1_000, inFlight: Int = 250, downloadEvery: Int = 25) {
        self.tasks = tasks
        self.inFlight = inFlight
        self.downloadEvery = downloadEvery
    }

    /// The API key every client sends; it must show up nowhere.
    package static let sentinel = "sk-test-SENTINEL-soak-9931"

    package var tasks = 1_000
    package var inFlight = 250
    package var completion: Duration = .seconds(1)
    package var idleTimeout: Duration = .seconds(2)
    package var requestTimeout: Duration = .seconds(3)
    package var stall: Duration = .seconds(5)
    package var downloadEvery = 25
    package var seed: UInt64 = 0x50A6
    package var idleConnectionLimit: Duration = .milliseconds(300)
    package var cancelEvery = 20

    /// One simulated dialect and the adapter that talks to it.
    package struct Pairing: Sendable {
        var simulated: any SimulatedDialect
        var adapter: @Sendable (URL) -> any Dialect
    }

    package static let pairings: [Pairing] =
        ProviderCatalog.perAdapter.map { entry in Pairing(simulated: entry.face()) { entry.preset.make($0, nil) } } + [
            Pairing(simulated: SimulatedAPIXO(name: "apixo-200", basePath: "/apixo-200", errorDelivery: .http200)) { APIXO(baseURL: $0) },
            Pairing(simulated: SimulatedSeedanceAPIOrg(name: "seedanceapi-200", basePath: "/seedanceapi-200/v1", errorDelivery: .http200)) {
                SeedanceAPIOrg(baseURL: $0)
            },
        ]

    /// Runs the soak and audits it. `downloads` is where result files go (one every `downloadEvery` successes).
    package func run(downloads: URL) async throws -> SoakReport {
        let simulator = Simulator(
            dialects: Self.pairings.map(\.simulated),
            configuration: SimulatorConfiguration(
                completionTime: .fixed(completion), randomSeed: seed, faults: SoakFaults.mixed(stall: stall)))
        let server = try await simulator.startServer()
        defer { server.stop() }
        server.idleConnectionLimit = idleConnectionLimit
        let ledger = SoakLedger(secret: Self.sentinel)
        let transport = URLSessionTransport(
            configuration: .init(
                maxConcurrentRequests: 64, idleTimeout: idleTimeout, requestTimeout: requestTimeout,
                downloadTimeout: .seconds(20)))
        let hints = PollingHints(
            expectedDuration: completion, firstPollDelay: completion, minimumInterval: .milliseconds(250),
            maximumInterval: .seconds(1))
        let clients = try Self.pairings.map { pairing in
            try SeedanceClient(
                dialect: pairing.adapter(server.baseURL(for: pairing.simulated.name)),
                apiKey: APIKey(Self.sentinel), transport: transport,
                retryPolicy: RetryPolicy(maxAttempts: 6, baseDelay: .milliseconds(200), maxDelay: .seconds(2)),
                engine: EngineConfiguration(maxConcurrentPolls: 64, pollingHintsOverride: hints),
                logger: { event in ledger.inspect(String(reflecting: event), from: "log event \(event.kind)") })
        }
        let prompts = (0..<tasks).map { "soak \($0) via \(Self.pairings[$0 % Self.pairings.count].simulated.name)" }

        @Sendable func attempt(_ index: Int) async {
            let prompt = prompts[index]
            let client = clients[index % clients.count]
            if cancelEvery > 0, index % cancelEvery == cancelEvery / 2 { return await cancelledAttempt(prompt, client: client, index: index) }
            do {
                let done = try await client.generate(
                    VideoRequest(prompt: prompt), timeout: .seconds(40),
                    onSubmitted: { ledger.announce(prompt: prompt, taskID: $0.id.rawValue) })
                if downloadEvery > 0, index % downloadEvery == 0 {
                    _ = try await client.download(done, to: downloads.appendingPathComponent("\(index).mp4"))
                }
                ledger.record(prompt: prompt, result: .success(done.id.rawValue))
            } catch {
                ledger.record(prompt: prompt, result: .failure(error))
            }
        }

        /// Generate, its caller cancelled 0–15 ms after starting (while the create is in flight, or before it is
        /// sent); a create that was sent delivers its task through the `CancelledSubmission` it throws.
        @Sendable func cancelledAttempt(_ prompt: String, client: SeedanceClient, index: Int) async {
            let work = Task { try await client.generate(VideoRequest(prompt: prompt), timeout: .seconds(40)) }
            try? await Task.sleep(for: .milliseconds(index % 16))
            work.cancel()
            switch await work.result {
            case .success(let done):
                ledger.record(prompt: prompt, result: .success(done.id.rawValue))
            case .failure(let cancelled as CancelledSubmission):
                do {
                    ledger.recordCancelled(prompt: prompt, taskID: try await cancelled.outcome.value.id.rawValue)
                } catch {
                    ledger.record(prompt: prompt, result: .failure(error))
                }
            case .failure(let error):
                ledger.record(prompt: prompt, result: .failure(error))
            }
        }

        await withTaskGroup(of: Void.self) { group in
            var next = 0
            while next < min(inFlight, tasks) {
                group.addTask { [next] in await attempt(next) }
                next += 1
            }
            while await group.next() != nil, next < tasks {
                group.addTask { [next] in await attempt(next) }
                next += 1
            }
        }
        let held = await simulator.world.observeAll().map(\.task)
        let listed = Set(clients.flatMap { $0.abandonedSubmissions().compactMap { $0.taskID?.rawValue } })
        var report = SoakAudit.audit(
            expected: prompts, ledger: ledger, tasks: held, counters: simulator.counters, resultHost: "localhost", listed: listed)
        report.faults["idle-close", default: 0] += server.idleClosedConnectionCount
        return report
    }
}
