import Foundation
import Seedance
import SeedanceSimulator
import SeedanceSoak
import Testing

/// Issue 12, reliability: 1,000 tasks across the five dialects (the envelope dialects also with errors inside HTTP
/// 200 answers) through `URLSessionTransport` to the simulator's loopback server, about a third of API requests
/// faulted (5xx after the task was committed and idle keep-alive closes included), every 20th caller cancelled while
/// its create is in flight. The assertions are invariants from the simulator's records and the client's results, never
/// exact counts.
@Suite("Fault soak", .timeLimit(.minutes(3)))
struct FaultSoakTests {
    @Test("1,000 tasks, every fault kind: no task created twice, every created task known to the app, no hang, typed errors, no secret shown")
    func faultSoak() async throws {
        let downloads = FileManager.default.temporaryDirectory.appendingPathComponent("soak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: downloads) }

        let report = try await SoakDriver(tasks: 1_000).run(downloads: downloads)
        for line in report.lines { print("[fault soak] \(line)") }
        for violation in report.violations.prefix(20) { print("[fault soak] VIOLATION \(violation)") }

        #expect(report.violations.isEmpty)
        #expect(report.outcomes.values.reduce(0, +) == 1_000)
        #expect(report.faultShare >= 0.2, "only \(report.faultShare) of requests faulted")
        for label in [
            "429", "500", "502", "503", "500-after-commit", "502-after-commit", "503-after-commit", "504-after-commit", "idle-close",
            "reset-before-read", "reset-after-commit", "truncated-json", "non-json", "stall",
        ] {
            #expect(report.faults[label, default: 0] > 0, "no \(label) fault injected")
        }
        // A sanity floor, not the property under test (that is "violations: 0"): with a third of requests faulted,
        // about 680 of 1,000 succeed on a quiet machine; under the whole suite's load more creates outlive their
        // caller's deadline and end outcomeUnknown (about 400 succeeded in a full run on 2 cores).
        #expect(report.outcomes["succeeded", default: 0] > 250)
        #expect(report.outcomes[SoakOutcome.callerCancelled, default: 0] > 0)
        #expect(report.downloads > 0)
        #expect(report.textsInspected > 1_000)
        #expect(report.authorizationHosts == ["127.0.0.1"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: downloads.path).filter { !$0.hasSuffix(".mp4") || $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }
}
