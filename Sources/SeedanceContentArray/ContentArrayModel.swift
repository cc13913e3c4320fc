import SeedanceCore

/// A model the upstream content-array API serves: a Seedance 1.x model (``Seedance1Model``) or a Seedance 2.x one
/// (`Seedance2Model`). Dialects map their own ids onto it and take its limits under their own spelling of the id.
package enum ContentArrayModel: Sendable, Hashable {
    /// Seedance 1.5 Pro, 1.0 Pro, 1.0 Pro Fast, 1.0 Lite.
    case seedance1(Seedance1Model)
    /// Seedance 2.0, 2.0 fast, 2.0 mini, 2.5, 2.5 Premium, 2.5 flash.
    case seedance2(Seedance2Model)

    /// The model's limits on the official API, under `id`.
    package func capabilities(id: ModelID) -> ModelCapabilities {
        switch self {
        case .seedance1(let model): model.capabilities(id: id)
        case .seedance2(let model): model.capabilities(id: id)
        }
    }

    /// A person's name for the model.
    package var displayName: String {
        switch self {
        case .seedance1(let model): model.displayName
        case .seedance2(let model): model.displayName
        }
    }

    /// The model an official id names (Seedance 2.x first, then 1.x, whatever the region prefix or date suffix), or
    /// `nil` for an endpoint id (`ep-…`) or another model.
    package static func recognise(_ id: ModelID) -> ContentArrayModel? {
        if let model = Seedance2Model.recognise(id) { return .seedance2(model) }
        var name = id.rawValue.lowercased()
        if name.hasPrefix("doubao-") { name.removeFirst("doubao-".count) }
        return seedance1Names.first { name == $0.0 || name.hasPrefix($0.0 + "-") }.map { .seedance1($0.1) }
    }

    /// Seedance 1.x names without region prefix or date, longest first so that `seedance-1-0-pro-fast` is not taken
    /// for `seedance-1-0-pro`.
    private static let seedance1Names: [(String, Seedance1Model)] = [
        ("seedance-1-5-pro", .v1_5Pro), ("seedance-1-0-pro-fast", .v1_0ProFast), ("seedance-1-0-pro", .v1_0Pro),
        ("seedance-1-0-lite-t2v", .v1_0LiteT2V), ("seedance-1-0-lite-i2v", .v1_0LiteI2V),
    ]

    /// Limits for a model id no table knows (a newer dated id, an `ep-…` endpoint id, which may serve any model):
    /// the union of every Seedance 1.x and 2.x field and value, so that no model the endpoint may serve is refused
    /// locally; the provider validates the rest [INFERRED]. Durations 1…30 s, auto, or 1.0's frame counts;
    /// resolutions 480p…4k; the 2.5 line's reference counts; both service tiers; mp4 and mov; every task type; the
    /// 1.x seed range; 1.x-style drafts (480p, any final resolution); the 64 MB body budget.
    package static func unknownModel(id: ModelID = "") -> ModelCapabilities {
        var generic = Seedance1Model.unknownModel(id: id)
        let seedance2 = Seedance2Model.v2_5Premium.capabilities(id: id)
        generic.supportedFields.formUnion(seedance2.supportedFields)
        generic.resolutions = [.p480, .p720, .p1080, .p4k]
        generic.durations = .range(1...30, allowsAuto: true, frames: .seedance1)
        generic.images.acceptsAssets = true
        generic.references = Seedance2Limits.references2_5
        generic.outputFormats = seedance2.outputFormats
        generic.taskTypes = seedance2.taskTypes
        generic.maxRequestBytes = Seedance2Limits.maxRequestBytes
        return generic
    }
}

extension ContentArrayModel {
    /// Where to poll a task of `request` on `model`: the Seedance 2.x estimates (`Seedance2GenerationTime`) or the
    /// 1.x ones (``Seedance1GenerationTime``); for an unrecognised model, generic bounds.
    package static func pollingHints(_ model: ContentArrayModel?, request: VideoRequest?) -> PollingHints {
        switch model {
        case .seedance2(let model): Seedance2GenerationTime.pollingHints(model, request: request)
        case .seedance1(let model): Seedance1GenerationTime.pollingHints(model, request: request)
        case nil: Seedance1GenerationTime.pollingHints(nil, request: request)
        }
    }
}
