import Foundation
import Seedance
import SeedanceCatalog
import SeedanceSimulator

/// `seedance simulate`: serves the simulator for every dialect on a loopback port until Ctrl-C.
struct SimulateCommand {
    var context: CommandContext
    var interrupt: InterruptSignal

    func run(_ arguments: ParsedArguments) async throws -> ExitCode {
        let completion =
            try arguments.value("completion").map { text throws(UsageError) in
                try RequestOptions.seconds(text, option: "completion", command: arguments.command)
            } ?? .seconds(3)
        if let port = arguments.value("port") {
            _ = try RequestOptions.integer(port, option: "port", command: arguments.command)
            throw UsageError(message: "--port is not supported yet: the simulator picks a free port and prints it", command: arguments.command)
        }
        let simulator = context.simulator ?? EmbeddedSimulator.make(completion: completion, livesForOneCommand: false)
        let server = try await simulator.startServer()
        defer { server.stop() }
        let console = context.console
        console.line("Simulating every dialect on \(server.baseURL.absoluteString) (tasks take \(Int(completion.timeInterval)) s). Ctrl-C stops.")
        for entry in ProviderCatalog.all {
            let base = simulator.baseURL(for: entry.name, origin: server.baseURL)
            console.line("  \(entry.name.padding(toLength: 12, withPad: " ", startingAt: 0)) --base-url \(base.absoluteString)")
        }
        console.line("Any non-empty key is accepted, e.g. SEEDANCE_API_KEY=test seedance generate \"…\" --provider vtrix --base-url <URL above>")
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            interrupt.onInterrupt { continuation.resume() }
        }
        console.line("Stopped.")
        return .success
    }
}
