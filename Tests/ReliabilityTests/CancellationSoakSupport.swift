import Foundation
import Seedance
import SeedanceSimulator

/// An update stream that ended before a terminal status without being cancelled.
struct UnfinishedStream: Error {}

/// A small seeded generator (SplitMix64), so the cancellation plan is the same on every run.
struct SoakRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A loopback simulator (JieKou, tasks finishing in 1 s, the sample MP4 as result) and a client on `URLSessionTransport`,
/// for cancelling operations at random moments.
struct CancellationRig: Sendable {
    enum Operation: String, CaseIterable, Sendable { case submit, wait, updates, download }

    /// How one operation ended.
    struct Outcome: Sendable {
        var label: String
        var unexpected: String?
    }

    let simulator: Simulator
    let server: SimulatorServer
    let client: SeedanceClient
    let directory: URL

    static func start() async throws -> CancellationRig {
        let simulator = Simulator(
            dialects: [SimulatedJieKou(host: .jiekou, basePath: "/jiekou")],
            configuration: SimulatorConfiguration(
                completionTime: .fixed(.seconds(1)), randomSeed: 0xCA9C))
        let server = try await simulator.startServer()
        // Generous: during `swift test` this runs beside the 1,000-task fault soak on 2 cores; cancelled operations
        // end at once whatever the timeouts, and the others only need to finish.
        let transport = URLSessionTransport(configuration: .init(maxConcurrentRequests: 32, idleTimeout: .seconds(30), requestTimeout: .seconds(60)))
        let hints = PollingHints(
            expectedDuration: .seconds(1), firstPollDelay: .milliseconds(500), minimumInterval: .milliseconds(250), maximumInterval: .seconds(1))
        let client = try SeedanceClient(
            dialect: JieKou(host: .jiekou, baseURL: server.baseURL(for: "jiekou")),
            apiKey: APIKey("sk-test-SENTINEL-cancel-4411"), transport: transport, engine: EngineConfiguration(pollingHintsOverride: hints))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cancel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return CancellationRig(simulator: simulator, server: server, client: client, directory: directory)
    }

    func stop() {
        server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// `count` tasks that have succeeded, for downloads.
    func finishedTasks(count: Int) async throws -> [TaskSnapshot] {
        try await withThrowingTaskGroup(of: TaskSnapshot.self) { group in
            for index in 0..<count { group.addTask { try await client.generate(VideoRequest(prompt: "ready \(index)"), timeout: .seconds(90)) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// Runs `operation`, cancels it after `delay`, and classifies how it ended.
    func run(_ operation: Operation, cancelAfter delay: Duration, index: Int, finished: TaskSnapshot) async -> Outcome {
        let client = self.client
        let destination = directory.appendingPathComponent("\(index).mp4")
        let work = Task<Void, any Error> {
            switch operation {
            case .submit:
                _ = try await client.submit(VideoRequest(prompt: "cancel submit \(index)"))
            case .wait:
                _ = try await client.generate(VideoRequest(prompt: "cancel wait \(index)"), timeout: .seconds(90))
            case .updates:
                let task = try await client.submit(VideoRequest(prompt: "cancel updates \(index)"))
                var last: TaskSnapshot?
                for try await snapshot in client.updates(of: task.id) { last = snapshot }
                // A stream ends quietly when its consumer is cancelled; otherwise it must end on a terminal status.
                if last?.status.isTerminal != true {
                    try Task.checkCancellation()
                    throw UnfinishedStream()
                }
            case .download:
                _ = try await client.download(finished, to: destination)
            }
        }
        // A submit or a download of the small sample takes milliseconds: cancel those within 20 ms to land mid-flight.
        try? await Task.sleep(for: operation == .download || operation == .submit ? delay / 20 : delay)
        work.cancel()
        switch await work.result {
        case .success:
            return Outcome(label: "\(operation.rawValue) completed")
        case .failure(let error) where error is CancellationError:
            // A plain CancellationError from a submit or generate means nothing was sent: no task may exist for it.
            let prompt = operation == .submit ? "cancel submit \(index)" : "cancel wait \(index)"
            let held = await simulator.world.observeAll().contains { $0.task.prompt == prompt }
            let orphan = (operation == .submit || operation == .wait) && held
            return Outcome(
                label: "\(operation.rawValue) cancelled",
                unexpected: orphan ? "\(operation) \(index): a task exists but the caller got a bare CancellationError" : nil)
        case .failure(let cancelled as CancelledSubmission):
            // The create had been sent: the error must deliver the task, which the simulator must hold.
            guard let task = try? await cancelled.outcome.value else {
                return Outcome(label: "\(operation.rawValue) cancelled, create failed")
            }
            let held = await simulator.world.observeAll().contains { $0.task.id == task.id.rawValue }
            return Outcome(label: "\(operation.rawValue) cancelled, task delivered", unexpected: held ? nil : "\(operation): delivered \(task.id) is not held")
        case .failure(let error):
            return Outcome(label: "\(operation.rawValue) other", unexpected: "\(operation): \(String(reflecting: error))")
        }
    }

    /// Waits until no hidden (`.`-prefixed) file is left in the download directory; returns what is left then.
    func waitForNoTemporaryFiles(upTo limit: Duration) async -> [String] {
        let deadline = ContinuousClock.now + limit
        while true {
            let hidden = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasPrefix(".") || !$0.hasSuffix(".mp4") }
            if hidden.isEmpty || ContinuousClock.now >= deadline { return hidden }
            try? await Task.sleep(for: .milliseconds(100))
        }
    }
}
