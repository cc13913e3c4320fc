import Foundation
import Seedance

/// Scenario 2 (real loopback): N tasks that each complete 2 s after creation, served by the simulator's loopback
/// server in a child process and tracked by one client through `URLSessionTransport`, two ways: N concurrent
/// `generate` callers, and one `submitAll` followed by one `completions(of:)` consumer. Measures wall time until
/// every task is detected, requests sent, the client's CPU time and its peak resident memory per tracked task.
struct LoopbackScenario: BenchScenario {
    let name = "loopback"
    let summary = "real loopback: N tasks completing 2 s after creation, one client, generate callers and submitAll + completions"

    /// How the tasks are tracked.
    enum Path: String, CaseIterable {
        /// One `generate` call per task, all started at once.
        case generate
        /// `submitAll` for every request, then `completions(of:)` for every task created.
        case completions
    }

    func run(_ options: BenchOptions) async throws -> BenchTable {
        let counts = options.tasks.map { [$0] } ?? [1_000, 10_000]
        let paths: [Path]
        if let name = options.path {
            guard let path = Path(rawValue: name) else {
                throw NSError(domain: "seedance-bench", code: 2, userInfo: [NSLocalizedDescriptionKey: "--path must be generate or completions, not '\(name)'"])
            }
            paths = [path]
        } else {
            paths = Path.allCases
        }
        let server = try SimulatorProcess(completionSeconds: 2)
        defer { server.stop() }
        var table = BenchTable(
            scenario: name, title: "tasks complete 2 s after creation; simulator in a child process on 127.0.0.1:\(server.port)",
            columns: [
                "tasks", "path", "detected", "wall_s", "creates_done_s", "last_detection_s", "creates", "polls", "requests_per_task", "client_cpu_s",
                "cpu_ms_per_request", "peak_rss_mib", "peak_kib_per_task",
            ],
            rows: [])
        for count in counts {
            for path in paths {
                table.rows.append(try await measure(count: count, path: path, port: server.port))
            }
        }
        table.notes.append(
            "wall_s: first submit to last detection; generate: all calls start at once; completions: submitAll (64 creates in flight, no pacing), then completions(of:)"
        )
        table.notes.append("creates_done_s: when submitAll returned (completions path only)")
        table.notes.append("the transport bounds requests in flight to 64, the engine polls in flight to 64")
        table.notes.append("client_cpu_s and peak_rss_mib are the benchmark process only (the server runs in its own process)")
        table.notes.append(
            "peak_kib_per_task: (peak resident size during the run - resident size before it) / tasks; run one --path per process for exact figures")
        return table
    }

    private func measure(count: Int, path: Path, port: Int) async throws -> [JSONValue] {
        let base = URL(string: "http://127.0.0.1:\(port)")!
        let transport = CountingTransport(URLSessionTransport(configuration: .init(maxConcurrentRequests: 64)))
        let hints = PollingHints(expectedDuration: .seconds(2), firstPollDelay: .seconds(1), minimumInterval: .milliseconds(250), maximumInterval: .seconds(2))
        let client = try SeedanceClient(
            dialect: JieKou(host: .jiekou, baseURL: base), apiKey: APIKey("sk-bench-loopback"), transport: transport, retryPolicy: .default,
            engine: EngineConfiguration(maxConcurrentPolls: 64, pollingHintsOverride: hints))
        let request = VideoRequest(prompt: "a benchmark task", duration: .seconds(4))
        MemoryProbe.trim()
        let memory = MemoryProbe.start()
        let cpuBefore = CPUTime.now()
        let started = ContinuousClock.now
        let detections: [Duration]
        var createsDone = Duration.zero
        switch path {
        case .generate:
            detections = try await withThrowingTaskGroup(of: Duration.self) { group in
                for _ in 0..<count {
                    group.addTask {
                        _ = try await client.generate(request, timeout: .seconds(120))
                        return ContinuousClock.now - started
                    }
                }
                var all: [Duration] = []
                for try await detection in group { all.append(detection) }
                return all
            }
        case .completions:
            let outcomes = await client.submitAll(
                [VideoRequest](repeating: request, count: count), limits: SubmissionLimits(requestsPerMinute: nil, maxConcurrent: 64))
            createsDone = ContinuousClock.now - started
            var all: [Duration] = []
            for await completion in client.completions(of: outcomes.compactMap(\.task)) where completion.snapshot?.status == .succeeded {
                all.append(ContinuousClock.now - started)
            }
            detections = all
        }
        let wall = ContinuousClock.now - started
        let cpu = CPUTime.now() - cpuBefore
        let extra = MemoryProbe.peakExtra(since: memory)
        let sent = transport.byMethod
        let creates = sent["POST"] ?? 0
        let polls = sent["GET"] ?? 0
        return [
            .integer(Int64(count)), .string(path.rawValue), .integer(Int64(detections.count)), .double(wall.timeInterval),
            path == .completions ? .double(createsDone.timeInterval) : .null,
            .double(detections.map(\.timeInterval).max() ?? 0), .integer(Int64(creates)), .integer(Int64(polls)),
            .double(Double(creates + polls) / Double(max(count, 1))), .double(cpu), .double(cpu * 1000 / Double(max(creates + polls, 1))),
            .integer(Int64((extra + memory) >> 20)), .double(Double(extra) / 1024 / Double(max(count, 1))),
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
