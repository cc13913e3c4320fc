import Seedance
import SeedanceCatalog

/// Renders what each provider supports as a Markdown table, straight from the adapters' ``Capabilities`` and their derived ``Dialect/operations``: the
/// README's capability matrix is this output, and a test keeps the two identical.
enum CapabilityMatrix {
    /// The column titles.
    static let header = [
        "provider", "model", "highest resolution", "longest", "durations", "ratios", "references", "audio", "draft", "frames in", "inline images",
        "callbacks", "cancel", "list",
    ]

    /// The aspect ratios most models share, shown as `standard` in the ratios column.
    static let standardRatios: [AspectRatio] = [.r16x9, .r4x3, .r1x1, .r3x4, .r9x16, .r21x9]

    /// One row per provider and known model.
    static func rows(_ entries: [CatalogEntry] = ProviderCatalog.all) -> [[String]] {
        entries.flatMap { entry -> [[String]] in
            let dialect = entry.defaultDialect
            return dialect.capabilities.models.map { row(provider: entry.name, model: $0, operations: dialect.operations) }
        }
    }

    /// The row of one model of `provider`, whose dialect can do `operations`.
    static func row(provider: String, model: ModelCapabilities, operations: DialectOperations) -> [String] {
        let fields = model.supportedFields
        let frames = fields.contains(.lastFrame) ? "first + last" : fields.contains(.firstFrame) ? "first" : "none"
        return [
            provider,
            "`\(model.id.rawValue)`",
            highestResolution(model.resolutions),
            model.durations.seconds.max().map { "\($0) s" } ?? (model.durations.allowsAuto ? "auto" : "–"),
            durations(model.durations),
            ratios(model.aspectRatios),
            references(model.references),
            yesNo(fields.contains(.generateAudio)),
            yesNo(fields.contains(.draft)),
            frames,
            fields.contains(.firstFrame) ? yesNo(model.images.acceptsInline) : "–",
            yesNo(operations.callbacks && fields.contains(.callbackURL)),
            yesNo(operations.cancel),
            yesNo(operations.list),
        ]
    }

    /// The whole table in Markdown.
    static func markdown(_ entries: [CatalogEntry] = ProviderCatalog.all) -> String {
        var lines = ["| " + header.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: header.count)]
        for row in rows(entries) { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }

    /// The tallest of `resolutions` (`4k` above `1080p` above `720p` …), as written.
    static func highestResolution(_ resolutions: [Resolution]) -> String {
        resolutions.max { lines(of: $0) < lines(of: $1) }?.rawValue ?? "–"
    }

    /// Picture lines of a resolution name (`720p` → 720, `2k` → 1440, `4k` → 2160), 0 when unknown.
    private static func lines(of resolution: Resolution) -> Int {
        let name = resolution.rawValue
        if name.hasSuffix("p") { return Int(name.dropLast()) ?? 0 }
        if name.hasSuffix("k"), let thousands = Int(name.dropLast()) { return thousands == 2 ? 1440 : thousands * 540 }
        return 0
    }

    /// Accepted lengths, short: `4…15 s, auto`, `4, 8, 12 s`, `2…12 s, 29…289 frames`.
    static func durations(_ rule: DurationRule) -> String {
        var parts: [String] = []
        if let first = rule.seconds.first, let last = rule.seconds.last {
            let contiguous = rule.seconds == Array(first...last) && rule.seconds.count > 2
            parts.append(contiguous ? "\(first)…\(last) s" : rule.seconds.map(String.init).joined(separator: ", ") + " s")
        }
        if rule.allowsAuto { parts.append("auto") }
        if let frames = rule.frames { parts.append("\(frames.range.lowerBound)…\(frames.range.upperBound) frames") }
        return parts.joined(separator: ", ")
    }

    /// Accepted ratios, short: `standard` for all of ``standardRatios``, then the others by name.
    static func ratios(_ ratios: [AspectRatio]) -> String {
        let standard = standardRatios.allSatisfy(ratios.contains)
        let others = ratios.filter { !standard || !standardRatios.contains($0) }.map(\.rawValue)
        return ((standard ? ["standard"] : []) + others).joined(separator: ", ")
    }

    /// Reference counts per kind (`9 img / 3 vid / 3 aud`), or `–` without reference mode.
    static func references(_ limits: ReferenceLimits?) -> String {
        guard let limits else { return "–" }
        return "\(limits.maxImages) img / \(limits.maxVideos) vid / \(limits.maxAudios) aud"
    }

    private static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }
}
