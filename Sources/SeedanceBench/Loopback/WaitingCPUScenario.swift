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
            columns: ["requests", "wait_s", "connections", "on_used_connections", "cpu_s", "cpu_per_request_s", "wall_s"], rows: [])
        let waitSeconds = 10.0
        for count in [1, 8, options.tasks ?? 32] {
            for mode in ["new", "warmsConnections", "reused"] {
                let transport = URLSessionTransport(configuration: .init(warmsConnections: mode == "warmsConnections"))
                let base = "http://127.0.0.1:\(server.port)"
                var opened: Set<Int> = []
                if mode == "reused" {
                    // Open `count` keep-alive connections first, with requests that answer soon.
                    opened = Set(try await Self.batch(count) { _ in try await Self.connection(transport, "\(base)/wait/200") })
                }
                let cpuBefore = CPUTime.now()
                let started = ContinuousClock.now
                let used = try await Self.batch(count) { _ in try await Self.connection(transport, "\(base)/wait/\(Int(waitSeconds * 1000))") }
                let cpu = CPUTime.now() - cpuBefore
                // Connections that had served a request before this one (a warm-up HEAD is not seen by `connection`).
                var seen = opened
                let onUsed =
                    mode == "warmsConnections"
                    ? nil
                    : used.filter { id in
                        defer { seen.insert(id) }; return seen.contains(id)
                    }.count
                table.rows.append([
                    .integer(Int64(count)), .double(waitSeconds), .string(mode), onUsed.map { .integer(Int64($0)) } ?? .null, .double(cpu),
                    .double(cpu / Double(count)),
                    .double((ContinuousClock.now - started).timeInterval),
                ])
            }
        }
        table.notes.append(
            "connections: 'new' = each request opens its connection (the default); 'warmsConnections' = the transport opens each with a HEAD / first; 'reused' = keep-alive connections opened by earlier quick requests"
        )
        return table
    }

    static func batch<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) async throws -> T) async throws -> [T] {
        try await withThrowingTaskGroup(of: T.self) { group in
            for index in 0..<count { group.addTask { try await body(index) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// Sends a GET to `url` and returns the server's number for the connection it arrived on.
    static func connection(_ transport: URLSessionTransport, _ url: String) async throws -> Int {
        let response = try await transport.send(.getJSON(URL(string: url)!))
        return Int(try JSONBody.decode(JSONValue.self, from: response.body, provider: "bench", what: "answer")["connection"]?.integerValue ?? -1)
    }
}
