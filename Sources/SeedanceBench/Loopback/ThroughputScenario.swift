import Foundation
import SeedanceCore

/// Raw transport throughput: N create+poll pairs (a small JSON POST sent as a create, then a GET) through one
/// `URLSessionTransport` at 64 in flight, against a loopback server in a child process that answers at once. Measures
/// wall time and the client's CPU per pair, with and without connection warm-ups.
struct ThroughputScenario: BenchScenario {
    let name = "throughput"
    let summary = "N create+poll pairs at 64 in flight against a server answering at once (server in another process)"

    func run(_ options: BenchOptions) async throws -> BenchTable {
        let server = try SimulatorProcess(arguments: ["_serve-raw"])
        defer { server.stop() }
        let pairs = options.tasks ?? 1_000
        var table = BenchTable(
            scenario: name, title: "\(pairs) create+poll pairs, 64 in flight; CPU of the client process only",
            columns: ["pairs", "connections", "wall_s", "client_cpu_s", "cpu_ms_per_pair"], rows: [])
        for warms in [true, false] {
            let transport = URLSessionTransport(configuration: .init(maxConcurrentRequests: 64, warmsConnections: warms))
            let base = "http://127.0.0.1:\(server.port)"
            let cpuBefore = CPUTime.now()
            let started = ContinuousClock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                let next = Counter()
                for _ in 0..<64 {
                    group.addTask {
                        while let index = next.take(below: pairs) {
                            _ = try await transport.send(.createJSON(URL(string: "\(base)/tasks")!, body: Data(#"{"prompt":"pair \#(index)"}"#.utf8)))
                            _ = try await transport.send(.getJSON(URL(string: "\(base)/tasks/\(index)")!))
                        }
                    }
                }
                try await group.waitForAll()
            }
            let wall = (ContinuousClock.now - started).timeInterval
            let cpu = CPUTime.now() - cpuBefore
            table.rows.append([
                .integer(Int64(pairs)), .string(warms ? "warmed" : "unwarmed"), .double(wall), .double(cpu), .double(cpu * 1000 / Double(pairs)),
            ])
            transport.invalidate()
        }
        table.notes.append("warmed = the default transport; unwarmed = warmsConnections: false (creates carry Expect: 100-continue)")
        return table
    }

    /// Hands out indices 0, 1, 2 … to concurrent workers.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func take(below limit: Int) -> Int? {
            lock.withLock {
                guard value < limit else { return nil }
                defer { value += 1 }
                return value
            }
        }
    }
}
