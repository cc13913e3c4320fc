import Foundation
import Seedance

/// Scenario 2 (real loopback): N tasks that each complete 2 s after creation, served by the simulator's loopback
/// server in a child process and tracked by one client through `URLSessionTransport`: wall time until every task is
/// detected, requests sent, the client's CPU time and peak resident memory.
struct LoopbackScenario: BenchScenario {
    let name = "loopback"
    let summary = "real loopback: N tasks completing 2 s after creation, one client, URLSessionTransport vs the simulator server"

    func run(_ options: BenchOptions) async throws -> BenchTable {
        let counts = options.tasks.map { [$0] } ?? [1_000, 10_000]
        let server = try SimulatorProcess(completionSeconds: 2)
        defer { server.stop() }
        var table = BenchTable(
            scenario: name, title: "tasks complete 2 s after creation; simulator in a child process on 127.0.0.1:\(server.port)",
            columns: ["tasks", "detected", "wall_s", "last_detection_s", "creates", "polls", "polls_per_task", "client_cpu_s", "cpu_ms_per_request", "peak_rss_mib"],
            rows: [])
        for count in counts {
            table.rows.append(try await measure(count: count, port: server.port))
        }
        table.notes.append("wall_s: first submit to last detection; all submits start at once (the transport bounds requests in flight to 64)")
        table.notes.append("client_cpu_s and peak_rss_mib are the benchmark process only (the server runs in its own process)")
        return table
    }

    private func measure(count: Int, port: Int) async throws -> [JSONValue] {
        let base = URL(string: "http://127.0.0.1:\(port)")!
        let transport = CountingTransport(URLSessionTransport(configuration: .init(maxConcurrentRequests: 64)))
        let hints = PollingHints(expectedDuration: .seconds(2), firstPollDelay: .seconds(1), minimumInterval: .milliseconds(250), maximumInterval: .seconds(2))
        let client = try SeedanceClient(
            dialect: JieKou(host: .jiekou, baseURL: base), apiKey: APIKey("sk-bench-loopback"), transport: transport, retryPolicy: .default,
            engine: EngineConfiguration(maxConcurrentPolls: 64, pollingHintsOverride: hints))
        let request = VideoRequest(prompt: "a benchmark task", duration: .seconds(4))
        let memory = MemoryProbe.start()
        let cpuBefore = CPUTime.now()
        let started = ContinuousClock.now
        let detections = try await withThrowingTaskGroup(of: Duration.self) { group in
            for _ in 0..<count {
                group.addTask {
                    let task = try await client.submit(request)
                    _ = try await client.wait(for: task.id, timeout: .seconds(120), hints: request)
                    return ContinuousClock.now - started
                }
            }
            var all: [Duration] = []
            for try await detection in group { all.append(detection) }
            return all
        }
        let wall = ContinuousClock.now - started
        let cpu = CPUTime.now() - cpuBefore
        let peak = MemoryProbe.peakExtra(since: memory) + memory
        let sent = transport.byMethod
        let creates = sent["POST"] ?? 0
        let polls = sent["GET"] ?? 0
        return [
            .integer(Int64(count)), .integer(Int64(detections.count)), .double(wall.timeInterval),
            .double(detections.map(\.timeInterval).max() ?? 0), .integer(Int64(creates)), .integer(Int64(polls)),
            .double(Double(polls) / Double(max(count, 1))), .double(cpu), .double(cpu * 1000 / Double(max(creates + polls, 1))),
            .integer(Int64(peak >> 20)),
        ]
    }
}

/// The process's CPU time (user + system), in seconds.
enum CPUTime {
    static func now() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
