import Foundation

/// A scenario whose measurement prints its own report (figures that are not one table).
struct ReportScenario: BenchScenario {
    let name: String
    let summary: String
    let body: @Sendable (BenchOptions) async -> String

    func run(_ options: BenchOptions) async throws -> BenchTable {
        let report = await body(options)
        return BenchTable(scenario: name, title: summary, columns: [], rows: [], notes: report.split(separator: "\n").map(String.init))
    }
}

extension BenchScenarios {
    /// Media encoding (issue 9): a 22 MiB image into a request body.
    static let media = ReportScenario(name: "media", summary: "a 22 MiB inline image into a request body: time and peak extra memory") { _ in
        await MediaEncodingBenchmark.run()
    }

    /// Download (issue 9): 1 GiB from the loopback server to disk, alone in the process.
    static let download = ReportScenario(name: "download", summary: "1 GiB result streamed from loopback to disk: time and peak extra memory") { _ in
        await DownloadBenchmark.run()
    }

    /// Decoder robustness (issue 12): mutated response fixtures and random JSON through every parse function.
    static let decoder = ReportScenario(
        name: "decoder", summary: "1,000,000 mutated and random bodies through every dialect's parsers: no crash, every failure typed"
    ) { options in
        DecoderFuzzBenchmark.run(cases: options.tasks ?? 1_000_000)
    }
}
