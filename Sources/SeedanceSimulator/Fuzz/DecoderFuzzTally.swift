import Foundation

/// Counts of a decoder fuzz run: cases, parses, outcomes per parse function, and the first violations in full.
package struct DecoderFuzzTally: Sendable {
    /// Cases run.
    package private(set) var cases = 0
    /// Parse calls made (cases × parse functions).
    package private(set) var parses = 0
    /// How often each parse function gave each result (see ``ParseOutcome/result``).
    package private(set) var histogram: [ParseOperation: [String: Int]] = [:]
    /// Cases per origin.
    package private(set) var origins: [DecoderFuzzCase.Origin: Int] = [:]
    /// How many violations were seen in all.
    package private(set) var violationCount = 0
    /// The first ``violationLimit`` violations, each with what is needed to replay it.
    package private(set) var violations: [String] = []
    /// How many violations are kept in full.
    package var violationLimit: Int

    /// An empty tally keeping up to `violationLimit` violations in full.
    package init(violationLimit: Int = 20) { self.violationLimit = violationLimit }

    /// Adds the `report` of `fuzzCase`, naming `label` (the dialect, the seed) in any violation kept.
    package mutating func record(_ report: DecoderFuzzReport, for fuzzCase: DecoderFuzzCase, label: String) {
        cases += 1
        origins[fuzzCase.origin, default: 0] += 1
        for outcome in report.outcomes {
            parses += 1
            histogram[outcome.operation, default: [:]][outcome.result, default: 0] += 1
        }
        violationCount += report.violations.count
        for violation in report.violations where violations.count < violationLimit {
            let preview = String(decoding: fuzzCase.body.prefix(240), as: UTF8.self)
            violations.append(
                "\(label) case \(fuzzCase.index) (HTTP \(fuzzCase.httpStatus), \(fuzzCase.origin.rawValue) "
                    + "\(fuzzCase.mutations.map(\.rawValue))): \(violation); body: \(preview.debugDescription)")
        }
    }

    /// Adds every count of `other`.
    package mutating func merge(_ other: DecoderFuzzTally) {
        cases += other.cases
        parses += other.parses
        violationCount += other.violationCount
        violations += other.violations.prefix(max(0, violationLimit - violations.count))
        for (origin, count) in other.origins { origins[origin, default: 0] += count }
        for (operation, results) in other.histogram {
            for (result, count) in results { histogram[operation, default: [:]][result, default: 0] += count }
        }
    }

    /// How often `operation` gave `result`.
    package func count(_ operation: ParseOperation, _ result: String) -> Int { histogram[operation]?[result] ?? 0 }

    /// The histogram as a table: one line per parse function, results sorted by count.
    package var table: String {
        ParseOperation.allCases.compactMap { operation in
            guard let results = histogram[operation] else { return nil }
            let cells = results.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            return "  " + operation.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + cells.joined(separator: ", ")
        }.joined(separator: "\n")
    }
}
