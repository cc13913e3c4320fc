import SeedanceCore

/// The flat JSON body of `POST {base}/v3/async/seedance-2.0` (docs/dialects/jiekou.md, "Seedance 2.0"): no model
/// field; `fast` (always sent) says which of the two models runs; one top-level member per other set field.
/// ``VideoRequest/extraFields`` join at the top level.
enum JieKouSeedance2Body {
    /// The wire name of each ``RequestField`` the route takes.
    static let wireNames: [RequestField: String] = [
        .prompt: "prompt", .firstFrame: "image", .lastFrame: "last_image", .referenceImages: "reference_images",
        .referenceVideos: "reference_videos", .referenceAudios: "reference_audios", .aspectRatio: "ratio", .resolution: "resolution",
        .duration: "duration", .seed: "seed", .watermark: "watermark", .generateAudio: "generate_audio",
        .returnLastFrame: "return_last_frame", .webSearch: "web_search",
    ]

    /// The body members for `request` on `model` (``ModelID/jiekouSeedance2_0`` or ``ModelID/jiekouSeedance2_0Fast``).
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) for a medium that cannot be put on the wire (an asset, inline
    ///   video, an unprepared `.file`, bytes that are not an image or audio clip), or an extra field that repeats a
    ///   member the SDK writes.
    static func members(for request: VideoRequest, provider: ProviderID, model: ModelID) throws -> [String: JSONValue] {
        try checkExtraFields(request, provider: provider, model: model)
        var body: [String: JSONValue] = ["fast": .bool(model == .jiekouSeedance2_0Fast)]
        func put(_ key: String, _ inputs: [MediaInput], kind: MediaKind, field: String) throws {
            guard !inputs.isEmpty else { return }
            let texts = try inputs.enumerated().map { index, input in
                try wire(input, kind: kind, field: "\(field)[\(index)]", provider: provider, model: model)
            }
            body[key] = .array(texts.map(JSONValue.string))
        }
        if let prompt = request.prompt { body["prompt"] = .string(prompt) }
        if let image = request.firstFrame { body["image"] = .string(try wire(image, kind: .image, field: "firstFrame", provider: provider, model: model)) }
        if let image = request.lastFrame { body["last_image"] = .string(try wire(image, kind: .image, field: "lastFrame", provider: provider, model: model)) }
        try put("reference_images", request.referenceImages, kind: .image, field: "referenceImages")
        try put("reference_videos", request.referenceVideos, kind: .video, field: "referenceVideos")
        try put("reference_audios", request.referenceAudios, kind: .audio, field: "referenceAudios")
        if let ratio = request.aspectRatio { body["ratio"] = .string(ratio.rawValue) }
        if let resolution = request.resolution { body["resolution"] = .string(resolution.rawValue) }
        switch request.duration {
        case .seconds(let seconds)?: body["duration"] = .integer(Int64(seconds))
        case .auto?: body["duration"] = .integer(-1)
        case .frames(let frames)?:
            throw SeedanceError.invalid("frames", value: String(frames), allowed: "4…15 seconds, or auto", provider: provider, model: model)
        case nil: break
        }
        if let seed = request.seed { body["seed"] = .integer(seed) }
        if let watermark = request.watermark { body["watermark"] = .bool(watermark) }
        if let audio = request.generateAudio { body["generate_audio"] = .bool(audio) }
        if let lastFrame = request.returnLastFrame { body["return_last_frame"] = .bool(lastFrame) }
        if let search = request.webSearch { body["web_search"] = .bool(search) }
        body.merge(request.extraFields) { typed, _ in typed }
        return body
    }

    /// Refuses an extra field named `fast` (the SDK always writes it from the model) or repeating a set field.
    static func checkExtraFields(_ request: VideoRequest, provider: ProviderID, model: ModelID) throws {
        let typedKeys = Set(request.setFields.compactMap { wireNames[$0] }).union(["fast"])
        for key in request.extraFields.keys.sorted() where typedKeys.contains(key) {
            throw SeedanceError.invalid(
                "extraFields.\(key)", value: nil, allowed: "keys the typed request does not set (fast follows the model)", provider: provider,
                model: model, reason: "repeats a field the request already sets")
        }
    }

    /// The wire text of one medium: a URL as given, image or audio bytes as a data URL. No host of the route
    /// documents assets, so an `asset://` reference is refused rather than sent.
    private static func wire(_ input: MediaInput, kind: MediaKind, field: String, provider: ProviderID, model: ModelID) throws -> String {
        if case .asset(let id) = input {
            throw SeedanceError.invalid(
                field, value: id.uri, allowed: kind == .video ? "an http or https URL" : "an http or https URL, or \(kind.rawValue) bytes",
                provider: provider, model: model, reason: "is not accepted: the /v3/async/seedance-2.0 route documents no assets")
        }
        if kind == .video, case .url(let url) = input, url.scheme?.lowercased() == "data" {
            throw SeedanceError.invalid(
                field, value: input.summary, allowed: "an http or https URL", provider: provider, model: model,
                reason: "is not accepted: video is never sent inline")
        }
        do {
            return try input.wireString(kind: kind, field: field, provider: provider)
        } catch var error as SeedanceError {
            error.model = error.model ?? model
            throw error
        }
    }
}
