import Foundation

/// One measurement the benchmark can run, named on the command line.
protocol BenchScenario: Sendable {
    /// The name on the command line (`engine`).
    var name: String { get }
    /// One line for `seedance-bench list`.
    var summary: String { get }
    /// Runs the measurement and returns its table.
    func run(_ options: BenchOptions) async throws -> BenchTable
}

/// Command-line options shared by the scenarios.
struct BenchOptions: Sendable {
    /// Tasks per measurement, where a scenario takes a count (default: the scenario's own).
    var tasks: Int?
    /// Which way of tracking tasks a scenario measures, where it has several (`loopback`: `generate`, `completions`).
    var path: String?
}

/// The scenarios, in the order `all` runs them. Each lives in its own file.
enum BenchScenarios {
    static let all: [any BenchScenario] = [
        EngineScenario(),
        EngineMemoryScenario(),
        LoopbackScenario(),
        WaitingCPUScenario(),
        ThroughputScenario(),
        SoakScenario(),
        BenchScenarios.media,
        BenchScenarios.download,
        BenchScenarios.decoder,
    ]
}

/// Parses `seedance-bench [scenario|all|list] [--tasks N]`, runs, prints each table and its JSON line.
enum BenchCommand {
    static func run(_ arguments: [String]) async -> Int32 {
        if arguments.first == "_serve-raw" { return await RawServer.serve() }
        if arguments.first == "_serve" {
            return await SimulatorProcess.serve(completionSeconds: arguments.dropFirst().first.flatMap(Double.init) ?? 2)
        }
        var names: [String] = []
        var options = BenchOptions()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--tasks":
                guard let value = remaining.popFirst().flatMap(Int.init), value > 0 else { return usage("--tasks needs a positive number") }
                options.tasks = value
            case "--path":
                guard let value = remaining.popFirst() else { return usage("--path needs a value") }
                options.path = value
            case "-h", "--help", "help": return usage(nil)
            default: names.append(argument)
            }
        }
        if names == ["list"] {
            for scenario in BenchScenarios.all { print("\(scenario.name)\t\(scenario.summary)") }
            return 0
        }
        let chosen = names.isEmpty || names.contains("all") ? BenchScenarios.all : BenchScenarios.all.filter { names.contains($0.name) }
        let unknown = names.filter { name in name != "all" && !BenchScenarios.all.contains { $0.name == name } }
        guard unknown.isEmpty else { return usage("unknown scenario \(unknown.joined(separator: ", "))") }
        for scenario in chosen {
            do {
                let table = try await scenario.run(options)
                print(table.rendered())
                print(table.jsonLine())
            } catch {
                print("seedance-bench: \(scenario.name) failed: \(error)")
                return 1
            }
        }
        return 0
    }

    private static func usage(_ problem: String?) -> Int32 {
        if let problem { print("seedance-bench: \(problem)") }
        print("usage: seedance-bench [\(BenchScenarios.all.map(\.name).joined(separator: "|"))|all|list] [--tasks N] [--path generate|completions]")
        return problem == nil ? 0 : 2
    }
}
