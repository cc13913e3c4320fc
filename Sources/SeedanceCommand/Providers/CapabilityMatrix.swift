import Seedance
import SeedanceCatalog

/// Renders what each provider supports as a Markdown table, straight from the adapters' ``Capabilities`` and their derived ``Dialect/operations``: the
/// README's capability matrix is this output, and a test keeps the two identical.
enum CapabilityMatrix {
    /// The column titles.
    static let header = [
        "provider", "model", "resolutions", "ratios", "durations", "audio", "draft", "frames in", "inline images", "callbacks", "cancel", "list",
    ]

    /// One row per provider and known model.
    static func rows(_ entries: [CatalogEntry] = ProviderCatalog.all) -> [[String]] {
        entries.flatMap { entry -> [[String]] in
            let dialect = entry.defaultDialect
            let capabilities = dialect.capabilities
            let operations = dialect.operations
            return capabilities.models.map { model in
                let fields = model.supportedFields
                let frames = fields.contains(.lastFrame) ? "first + last" : fields.contains(.firstFrame) ? "first" : "none"
                return [
                    entry.name,
                    "`\(model.id.rawValue)`",
                    model.resolutions.map(\.rawValue).joined(separator: ", "),
                    model.aspectRatios.map(\.rawValue).joined(separator: ", "),
                    model.durations.allowedDescription,
                    yesNo(fields.contains(.generateAudio)),
                    yesNo(fields.contains(.draft)),
                    frames,
                    fields.contains(.firstFrame) ? yesNo(model.images.acceptsInline) : "–",
                    yesNo(operations.callbacks && fields.contains(.callbackURL)),
                    yesNo(operations.cancel),
                    yesNo(operations.list),
                ]
            }
        }
    }

    /// The whole table in Markdown.
    static func markdown(_ entries: [CatalogEntry] = ProviderCatalog.all) -> String {
        var lines = ["| " + header.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: header.count)]
        for row in rows(entries) { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }

    private static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }
}
