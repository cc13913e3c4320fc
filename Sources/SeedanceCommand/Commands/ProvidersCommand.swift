import Foundation
import Seedance

/// `seedance providers`: every dialect with its capability matrix.
enum ProvidersCommand {
    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        if arguments.isOn("markdown") {
            console.line(CapabilityMatrix.markdown())
            return .success
        }
        if arguments.isOn("json") {
            let rows = CapabilityMatrix.rows().map { row in
                Dictionary(uniqueKeysWithValues: zip(CapabilityMatrix.header, row.map { $0.replacingOccurrences(of: "`", with: "") }))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            console.line(String(decoding: (try? encoder.encode(rows)) ?? Data("[]".utf8), as: UTF8.self))
            return .success
        }
        for entry in ProviderCatalog.all {
            let dialect = entry.defaultDialect
            console.line("\(entry.name) — \(entry.dialect)")
            console.line("  module \(entry.module), base URL \(dialect.baseURL.absoluteString), key from \(dialect.apiKeyEnvironmentVariables.joined(separator: " or "))")
        }
        console.line("")
        console.line(CapabilityMatrix.markdown())
        return .success
    }
}
