import Foundation
import SeedanceCore

/// Clients on one virtual clock and one ``FakeWorld`` (the provider), as a server would run them across restarts:
/// each "process" is a new client, optionally with a journal and an `onFinished` handler that records its calls.
struct ServerRig {
    let clock = VirtualClock()
    let world: FakeWorld

    init(script: @escaping @Sendable (Int) -> FakeWorld.Script = { _ in FakeWorld.Script(duration: .seconds(60)) }) {
        world = FakeWorld(clock: clock, script: script)
    }

    func client(
        journal: (any TaskJournal)? = nil, handled: HandledLog? = nil, label: String = "", transport: (any HTTPTransport)? = nil,
        logger: SeedanceLogger? = nil
    ) throws -> SeedanceClient {
        let onFinished: TaskFinishedHandler? = handled.map { log in { @Sendable completion in log.append(label, completion) } }
        return try SeedanceClient(
            dialect: FakeDialect(), apiKey: Harness.key, transport: transport ?? world, retryPolicy: .none,
            engine: EngineConfiguration(jitterSeed: 7), clock: clock, logger: logger, journal: journal, onFinished: onFinished)
    }

    func driver(_ client: SeedanceClient) -> VirtualTimeDriver { VirtualTimeDriver(clock: clock, client: client) }

    /// A temporary journal file path (removed with its directory by `cleanUp`).
    static func journalURL() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seedance-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("tasks.jsonl")
    }

    static func cleanUp(_ url: URL) { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
}

/// Every `onFinished` call, by which client made it.
final class HandledLog: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [(label: String, completion: TaskCompletion)] = []

    func append(_ label: String, _ completion: TaskCompletion) { lock.withLock { calls.append((label, completion)) } }
    var count: Int { lock.withLock { calls.count } }
    var ids: [String] { lock.withLock { calls.map(\.completion.task.id.rawValue) } }
    func ids(by label: String) -> [String] { lock.withLock { calls.filter { $0.label == label }.map(\.completion.task.id.rawValue) } }
    var completions: [TaskCompletion] { lock.withLock { calls.map(\.completion) } }
}

/// A journal that refuses every write (a full disk).
struct FailingJournal: TaskJournal {
    struct DiskFull: Error, CustomStringConvertible { var description: String { "no space left on device" } }
    func recordSubmitted(_ task: SubmittedTask) async throws { throw DiskFull() }
    func recordFinished(_ task: SubmittedTask) async throws { throw DiskFull() }
    func unfinished() async throws -> [SubmittedTask] { [] }
}
