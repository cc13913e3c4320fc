import Foundation
import SeedanceCore

/// A scenario's results: a titled table printed for people, and the same rows as one JSON line for machines.
struct BenchTable: Sendable {
    var scenario: String
    var title: String
    var columns: [String]
    var rows: [[JSONValue]]
    var notes: [String] = []

    /// The table with aligned columns, then the notes.
    func rendered() -> String {
        let cells = [columns] + rows.map { $0.map(Self.text) }
        let widths = columns.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        var lines = ["== \(scenario): \(title)"]
        for (index, row) in cells.enumerated() {
            lines.append(
                row.enumerated().map { column, cell in
                    column == 0
                        ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                        : String(repeating: " ", count: widths[column] - cell.count) + cell
                }.joined(separator: "  "))
            if index == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return (lines + notes.map { "  \($0)" }).joined(separator: "\n")
    }

    /// `{"scenario": …, "rows": [{column: value, …}, …]}` on one line.
    func jsonLine() -> String {
        let objects = rows.map { row in JSONValue.object(Dictionary(uniqueKeysWithValues: zip(columns, row))) }
        let document = JSONValue.object(["scenario": .string(scenario), "rows": .array(objects)])
        return (try? JSONBody.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .integer(let number): String(number)
        case .double(let number): String(format: number < 10 ? "%.3f" : "%.1f", number)
        case .bool(let flag): String(flag)
        default: "-"
        }
    }
}

/// Order statistics of a sample.
struct Distribution {
    private let sorted: [Double]

    init(_ values: [Double]) { sorted = values.sorted() }

    var count: Int { sorted.count }
    var mean: Double { sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count) }

    /// The `fraction` quantile (nearest rank).
    func quantile(_ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}
