import Foundation
import SeedanceCore

/// The CPU a client spends while requests wait for their first byte: N requests through one `URLSessionTransport`
/// to a loopback server (in a child process) that answers each after T seconds. Measured with `getrusage` (user +
/// system time of this process only) around the whole batch; the server's CPU is not counted.
struct WaitingCPUScenario: BenchScenario {
    let name = "waiting-cpu"
    let summary = "CPU seconds while N requests wait T seconds for a first byte (server in another process)"

    func run(_ options: BenchOptions) async throws -> BenchTable {
        let server = try SimulatorProcess(arguments: ["_serve-raw"])
        defer { server.stop() }
        var table = BenchTable(
            scenario: name, title: "requests waiting for a slow first byte; CPU of the client process only",
            columns: ["requests", "kind", "wait_s", "connections", "on_used_connections", "cpu_s", "cpu_per_request_s", "wall_s"], rows: [])
        let waitSeconds = 10.0
        let runs = [("GET", "warmed"), ("GET", "unwarmed"), ("GET", "reused"), ("create", "warmed"), ("create", "unwarmed")]
        for count in [1, 8, options.tasks ?? 32] {
            for (kind, mode) in runs {
                let transport = URLSessionTransport(configuration: .init(warmsConnections: mode == "warmed"))
                let base = "http://127.0.0.1:\(server.port)"
                if mode == "reused" {
                    // Open `count` keep-alive connections first, with requests that answer soon.
                    _ = try await Self.batch(count) { _ in try await Self.connection(transport, "\(base)/wait/200", create: false) }
                }
                let cpuBefore = CPUTime.now()
                let started = ContinuousClock.now
                let used = try await Self.batch(count) { _ in
                    try await Self.connection(transport, "\(base)/wait/\(Int(waitSeconds * 1000))", create: kind == "create")
                }
                let cpu = CPUTime.now() - cpuBefore
                table.rows.append([
                    .integer(Int64(count)), .string(kind), .double(waitSeconds), .string(mode), .integer(Int64(used.filter { $0.priorRequests > 0 }.count)),
                    .double(cpu),
                    .double(cpu / Double(count)),
                    .double((ContinuousClock.now - started).timeInterval),
                ])
            }
        }
        table.notes.append(
            "connections: 'warmed' = the default transport (a slot with no open connection first opens one with HEAD /); 'unwarmed' = warmsConnections: false, each request opens its connection; 'reused' = unwarmed, keep-alive connections opened by earlier quick requests; kind 'create' = a small JSON POST sent as a create (with Expect: 100-continue when unwarmed)"
        )
        return table
    }

    static func batch<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) async throws -> T) async throws -> [T] {
        try await withThrowingTaskGroup(of: T.self) { group in
            for index in 0..<count { group.addTask { try await body(index) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// Sends a GET (or a create: a small JSON POST) to `url` and returns the server's number for the connection it
    /// arrived on and how many requests (warm-ups included) that connection carried before.
    static func connection(_ transport: URLSessionTransport, _ url: String, create: Bool) async throws -> (id: Int, priorRequests: Int) {
        let target = URL(string: url)!
        let response = try await transport.send(create ? .createJSON(target, body: Data(#"{"prompt":"a bench task"}"#.utf8)) : .getJSON(target))
        let answer = try JSONBody.decode(JSONValue.self, from: response.body, provider: "bench", what: "answer")
        return (Int(answer["connection"]?.integerValue ?? -1), Int(answer["prior_requests"]?.integerValue ?? 0))
    }
}
