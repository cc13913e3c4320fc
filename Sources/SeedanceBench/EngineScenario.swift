import Foundation
import SeedanceCore

/// Scenario 1 (virtual time): status requests per task and detection latency of the client's engine for several
/// completion-time spreads, against fixed-interval polling (every 0.5 s and every 5 s) and against the optimum for
/// the engine's own objective had it known the distribution, all on the same tasks.
struct EngineScenario: BenchScenario {
    let name = "engine"
    let summary = "virtual time: requests per task and detection latency, learned polling vs fixed intervals"
    static let spreads: [ClosedRange<Double>] = [30...150, 60...90, 10...300]
    static let pollCost = 0.08

    func run(_ options: BenchOptions) async throws -> BenchTable {
        let count = options.tasks ?? 10_000
        var table = BenchTable(
            scenario: name, title: "\(count) tasks per spread arriving over 1 h; latency = first poll seeing the task done - its completion",
            columns: [
                "spread_s", "strategy", "method", "detected", "requests_per_task", "latency_p50_s", "latency_p95_s", "relative_p50", "relative_mean", "wall_s",
            ],
            rows: [])
        for spread in Self.spreads {
            let workload = Workload(spread: spread, count: count)
            let label = JSONValue.string("\(Int(spread.lowerBound))-\(Int(spread.upperBound))")
            func row(_ strategy: String, _ method: String, _ result: Measurement) -> [JSONValue] {
                [
                    label, .string(strategy), .string(method), .integer(Int64(result.detected)), .double(result.requestsPerTask),
                    .double(result.latency.quantile(0.5)),
                    .double(result.latency.quantile(0.95)), .double(result.relative.quantile(0.5)), .double(result.relative.mean), .double(result.wallSeconds),
                ]
            }
            let learned = try await Self.runEngine(workload, strategy: .adaptive(pollCost: Self.pollCost), progress: false)
            table.rows.append(row("learned", "engine", learned.measurement))
            table.rows.append(
                row("learned+progress", "engine", try await Self.runEngine(workload, strategy: .adaptive(pollCost: Self.pollCost), progress: true).measurement))
            let optimum = PollPlanning.optimalPlan(completionTimes: workload.durations, pollCost: Self.pollCost, hints: BenchDialect.hints)
            table.rows.append(row("optimum(known spread)", "analytic", Measurement(plan: optimum, workload: workload)))
            table.rows.append(
                row("fixed 5s", "engine", try await Self.runEngine(workload, strategy: .fixed(interval: .seconds(5)), progress: false).measurement))
            table.rows.append(row("fixed 5s", "analytic", Measurement(fixedInterval: 5, workload: workload)))
            table.rows.append(row("fixed 0.5s", "analytic", Measurement(fixedInterval: 0.5, workload: workload)))
            table.notes.append(
                "\(label.stringValue!) s: learned plan \(learned.plan.map { String(format: "%.0f", $0) }.joined(separator: ", ")) s; optimum \(optimum.map { String(format: "%.0f", $0) }.joined(separator: ", ")) s"
            )
        }
        table.notes.append(
            "relative = latency / task duration; pollCost \(Self.pollCost); hints: expected 90 s, first poll >= 10 s, gaps 2-60 s (the spread is learned)")
        table.notes.append("fixed intervals poll at submission + k*interval; 'analytic' rows compute that schedule exactly on the same tasks")
        return table
    }

    /// Runs `workload` through a client on a virtual clock and measures what the world saw.
    static func runEngine(_ workload: Workload, strategy: PollingStrategy, progress: Bool) async throws -> (measurement: Measurement, plan: [Double]) {
        let started = ContinuousClock.now
        let clock = VirtualClock()
        let world = BenchWorld(clock: clock, durations: workload.durations, reportsProgress: progress)
        let client = try SeedanceClient(
            dialect: BenchDialect(), apiKey: nil, transport: world, retryPolicy: .none,
            engine: EngineConfiguration(strategy: strategy, jitterSeed: 7), clock: clock)
        let driver = VirtualTimeDriver(clock: clock, client: client)
        let request = VideoRequest(prompt: "bench", duration: .seconds(5))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for arrival in workload.arrivals {
                await driver.run(through: .seconds(arrival))
                let id = try await client.submit(request).id
                let registered = client.engine.registrations + 1
                group.addTask { _ = try await client.wait(for: id, timeout: .seconds(3600)) }
                await driver.settle { client.engine.registrations >= registered }
            }
            await driver.run(until: { client.engine.trackedTaskCount == 0 }, limit: .seconds(100_000))
            try await group.waitForAll()
        }
        let (polls, latencies) = world.results()
        let measurement = Measurement(
            polls: polls, latencies: latencies, durations: workload.durations, wallSeconds: (ContinuousClock.now - started).timeInterval)
        return (measurement, client.engine.learnedPlan(for: request, defaultModel: "bench-model", hints: BenchDialect.hints))
    }
}

/// Requests per task and detection latency over a workload.
struct Measurement {
    var detected: Int
    var requestsPerTask: Double
    var latency: Distribution
    var relative: Distribution
    var wallSeconds: Double

    init(polls: [Int], latencies: [Double], durations: [Double], wallSeconds: Double) {
        detected = latencies.count
        requestsPerTask = Double(polls.reduce(0, +)) / Double(max(1, polls.count))
        latency = Distribution(latencies)
        relative = Distribution(zip(latencies, durations).map { $0 / $1 })
        self.wallSeconds = wallSeconds
    }

    /// Polling every `interval` from submission: ⌈T/interval⌉ requests, detected at ⌈T/interval⌉·interval.
    init(fixedInterval interval: Double, workload: Workload) {
        let polls = workload.durations.map { Int(($0 / interval).rounded(.up)) }
        let latencies = zip(polls, workload.durations).map { Double($0) * interval - $1 }
        self.init(polls: polls, latencies: latencies, durations: workload.durations, wallSeconds: 0)
    }

    /// Following `plan` (seconds after submission) for every task.
    init(plan: [Double], workload: Workload) {
        var polls: [Int] = [], latencies: [Double] = []
        for duration in workload.durations {
            let index = plan.firstIndex { $0 >= duration } ?? plan.count - 1
            polls.append(index + 1)
            latencies.append(max(0, plan[index] - duration))
        }
        self.init(polls: polls, latencies: latencies, durations: workload.durations, wallSeconds: 0)
    }
}
