import Foundation
import Seedance
import SeedanceCatalog
import SeedanceSimulator

/// The decoder-robustness scenario (issue 12): every dialect's response fixtures mutated, plus random JSON and
/// random bytes, fed through every parse function (the test suite's campaign, at bench scale).
enum DecoderFuzzBenchmark {
    /// One catalog provider per adapter: its module's name, fixture folder under `Fixtures/`, adapter and campaign
    /// seed (the test suite's seeds).
    private static let subjects: [(name: String, folder: String, dialect: any Dialect, seed: UInt64)] =
        ProviderCatalog.perAdapter.map { ($0.preset.module, $0.fixtures, $0.defaultDialect, $0.fuzzSeed ?? 0) }

    /// Runs `cases` fuzz cases split evenly over the five dialects, on one thread, and returns printable figures:
    /// cases per second (overall and per dialect), the outcome histogram per parse function, and any violation
    /// (a non-`SeedanceError` error, a status or cancel error without the task id, an empty id). A crash ends the
    /// process. Reads the fixtures from the package's `Fixtures/` folder (found from this source file, else from the
    /// current directory).
    static func run(cases: Int) -> String {
        let fixturesRoot = locateFixtures()
        var lines = ["decoder fuzz: \(cases) cases over \(subjects.count) dialects (fixtures: \(fixturesRoot.path))"]
        var total = DecoderFuzzTally(violationLimit: 10)
        let clock = ContinuousClock()
        let overall = clock.now
        for (index, subject) in subjects.enumerated() {
            let share = cases / subjects.count + (index < cases % subjects.count ? 1 : 0)
            let corpus = FuzzCorpus.responseFixtures(in: fixturesRoot.appendingPathComponent(subject.folder)).map(\.data)
            guard !corpus.isEmpty else {
                lines.append("  \(subject.name): no fixtures found, skipped")
                continue
            }
            var campaign = DecoderFuzzCampaign(corpus: corpus, seed: subject.seed)
            let harness = DecoderFuzzHarness(dialect: subject.dialect)
            var tally = DecoderFuzzTally(violationLimit: 10)
            let start = clock.now
            for _ in 0..<share {
                let fuzzCase = campaign.nextCase()
                tally.record(harness.run(fuzzCase), for: fuzzCase, label: "\(subject.name) seed \(subject.seed)")
            }
            let seconds = (clock.now - start).timeInterval
            lines.append(
                "  \(subject.name.padding(toLength: 15, withPad: " ", startingAt: 0)) \(tally.cases) cases in "
                    + "\(format(seconds)) s = \(format(Double(tally.cases) / max(seconds, 1e-9), digits: 0)) cases/s "
                    + "(\(corpus.count) fixtures), violations: \(tally.violationCount)")
            total.merge(tally)
        }
        let seconds = (clock.now - overall).timeInterval
        lines.append(
            "  total           \(total.cases) cases, \(total.parses) parses in \(format(seconds)) s = "
                + "\(format(Double(total.cases) / max(seconds, 1e-9), digits: 0)) cases/s, violations: \(total.violationCount)")
        let origins = total.origins.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
        lines.append("  origins: " + origins.joined(separator: ", "))
        lines.append("  outcomes per parse function (value / error category):")
        lines.append(total.table)
        if !total.violations.isEmpty {
            lines.append("  first violations:")
            lines += total.violations.map { "    " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    private static func locateFixtures() -> URL {
        let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
        if FileManager.default.fileExists(atPath: fromSource.path) { return fromSource }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Fixtures")
    }

    private static func format(_ value: Double, digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
}
