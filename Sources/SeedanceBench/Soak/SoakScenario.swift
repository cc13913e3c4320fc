import Foundation
import Seedance
import SeedanceSimulator
import SeedanceSoak

/// Issue 12's fault soak at scale: N tasks (default 10,000) across the five dialects through `URLSessionTransport`
/// to the in-process simulator's loopback server, about a third of API requests faulted (5xx after commit and idle
/// keep-alive closes included) and every 20th caller cancelled mid-create. Prints the figures the test prints, the
/// wall time, and the number of broken invariants (0 expected).
struct SoakScenario: BenchScenario {
    let name = "soak"
    let summary = "fault soak: N tasks (default 10,000) across five dialects over loopback with ~35% of requests faulted, 5% of callers cancelled"

    func run(_ options: BenchOptions) async throws -> BenchTable {
        let count = options.tasks ?? 10_000
        let downloads = FileManager.default.temporaryDirectory.appendingPathComponent("seedance-soak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: downloads) }
        let started = ContinuousClock.now
        let report = try await SoakDriver(tasks: count, inFlight: 500, downloadEvery: 100).run(downloads: downloads)
        let wall = ContinuousClock.now - started
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: downloads.path))?.filter { $0.hasPrefix(".") }.count ?? 0
        var table = BenchTable(
            scenario: name, title: "tasks complete 1 s after creation; one in-process simulator serving five dialects on 127.0.0.1",
            columns: ["tasks", "wall_s", "requests", "faults", "fault_pct", "succeeded", "committed", "violations", "part_files_left"],
            rows: [
                [
                    .integer(Int64(count)), .double(wall.timeInterval), .integer(Int64(report.requests)),
                    .integer(Int64(report.faults.values.reduce(0, +))), .double(report.faultShare * 100),
                    .integer(Int64(report.outcomes["succeeded", default: 0])), .integer(Int64(report.committed)),
                    .integer(Int64(report.violations.count)), .integer(Int64(leftovers)),
                ]
            ])
        table.notes += report.lines
        table.notes += report.violations.prefix(10).map { "violation: \($0)" }
        return table
    }
}
