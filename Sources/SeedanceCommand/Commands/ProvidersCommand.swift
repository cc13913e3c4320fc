import Foundation
import Seedance
import SeedanceCatalog

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
            let preset = entry.preset
            console.line("\(entry.name) — \(preset.dialectName) (\(preset.docsPath))")
            console.line(
                "  module \(preset.module), base URL \(preset.defaultDialect.baseURL.absoluteString), key from \(preset.apiKeyEnvironmentVariables.joined(separator: " or "))"
            )
        }
        console.line("")
        console.line(CapabilityMatrix.markdown())
        return .success
    }
}
