import Foundation
import SeedanceCore

/// Virtual time: memory per finished task for each polling strategy. Tasks arrive at 100 per virtual second and
/// finish 20-40 s later; the client tracks them through its engine against a stateless world (nothing grows on the
/// server side). Resident memory is read once the first quarter has finished (warm-up: the client's bounded ledger
/// of 16,384 submissions is full by then) and again at the end; the difference over the remaining tasks is the
/// cost of a finished task, which must be about zero.
struct EngineMemoryScenario: BenchScenario {
    let name = "engine-memory"
    let summary = "virtual time: bytes of resident memory per finished task, adaptive and fixed polling"

    func run(_ options: BenchOptions) async throws -> BenchTable {
        let count = options.tasks ?? 100_000
        var table = BenchTable(
            scenario: name, title: "\(count) tasks finishing through one client; memory after the first quarter vs at the end",
            columns: ["strategy", "tasks", "rss_quarter_mib", "rss_end_mib", "bytes_per_finished_task", "tracked_at_end", "unapplied_records", "wall_s"],
            rows: [])
        for (label, strategy) in [("adaptive", PollingStrategy.adaptive()), ("fixed 5s", .fixed(interval: .seconds(5)))] {
            let started = ContinuousClock.now
            let clock = VirtualClock()
            let client = try SeedanceClient(
                dialect: BenchDialect(), apiKey: nil, transport: StatelessWorld(clock: clock), retryPolicy: .none,
                engine: EngineConfiguration(strategy: strategy, jitterSeed: 7), clock: clock)
            let driver = VirtualTimeDriver(clock: clock, client: client)
            let request = VideoRequest(prompt: "bench", duration: .seconds(5))
            var quarter = 0
            try await withThrowingDiscardingTaskGroup { group in
                for index in 0..<count {
                    await driver.run(through: .milliseconds(10 * index))
                    if index == count / 4 {
                        await driver.run(until: { client.engine.trackedTaskCount == 0 }, limit: .seconds(1_000_000))
                        quarter = MemoryProbe.start()
                    }
                    let id = try await client.submit(request).id
                    let registered = client.engine.registrations + 1
                    group.addTask { _ = try await client.wait(for: id) }
                    await driver.settle { client.engine.registrations >= registered }
                }
                await driver.run(until: { client.engine.trackedTaskCount == 0 }, limit: .seconds(1_000_000))
            }
            let end = MemoryProbe.start()
            let finishedAfterQuarter = count - count / 4
            table.rows.append([
                .string(label), .integer(Int64(count)), .double(Double(quarter) / 1_048_576), .double(Double(end) / 1_048_576),
                .double(Double(end - quarter) / Double(finishedAfterQuarter)), .integer(Int64(client.engine.trackedTaskCount)),
                .integer(Int64(client.engine.pendingObservations)), .double((ContinuousClock.now - started).timeInterval),
            ])
        }
        table.notes.append("bytes_per_finished_task = (RSS at the end - RSS after the first quarter) / tasks finished in between; noise is a few bytes")
        table.notes.append("unapplied_records: finished tasks the learned model still holds unapplied (fixed polling learns nothing)")
        return table
    }
}

/// A server side with no per-task state: the task id carries its creation time and duration (20-40 s).
final class StatelessWorld: HTTPTransport, @unchecked Sendable {
    private let clock: VirtualClock
    private let lock = NSLock()
    private var created = 0

    init(clock: VirtualClock) { self.clock = clock }

    func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
        let now = Int((clock.now.timeInterval * 1000).rounded())
        let body: String
        if request.method == .get {
            let parts = request.url.lastPathComponent.split(separator: "-").compactMap { Int($0) }
            let done = parts.count == 2 && now >= parts[0] + parts[1]
            body = #"{"id":"\#(request.url.lastPathComponent)","status":"\#(done ? "succeeded" : "running")"}"#
        } else {
            let index = lock.withLock { () -> Int in
                created += 1
                return created
            }
            body = #"{"id":"s-\#(now)-\#(20_000 + (index * 7919) % 20_000)"}"#
        }
        return SeedanceHTTPResponse(status: 200, body: Data(body.utf8), url: request.url)
    }

    func download(_ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws -> SeedanceHTTPResponse {
        throw HTTPTransportError(.other, message: "no downloads in the stateless world")
    }
}
