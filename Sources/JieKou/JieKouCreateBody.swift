import SeedanceCore

/// The flat JSON body of a create request (docs/dialects/jiekou.md): one top-level member per set field, named as the
/// provider's curl template names them. Unset fields are omitted; ``VideoRequest/extraFields`` join at the top level.
enum JieKouCreateBody {
    /// The wire name of each ``RequestField`` this dialect sends.
    static let wireNames: [RequestField: String] = [
        .prompt: "prompt", .firstFrame: "image", .lastFrame: "last_image", .framesPerSecond: "fps", .seed: "seed",
        .aspectRatio: "ratio", .resolution: "resolution", .duration: "duration", .watermark: "watermark",
        .cameraFixed: "camera_fixed", .serviceTier: "service_tier", .generateAudio: "generate_audio",
        .executionExpiresAfter: "execution_expires_after",
    ]

    /// The body members for `request`.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) for a duration that is not whole seconds, an image that cannot
    ///   be put on the wire (an unread `.file`, bytes that are not an image), or an extra field that repeats a
    ///   member the request already sets.
    static func members(for request: VideoRequest, provider: ProviderID, model: ModelID) throws -> [String: JSONValue] {
        var body: [String: JSONValue] = [:]
        if let prompt = request.prompt { body["prompt"] = .string(prompt) }
        if let image = request.firstFrame { body["image"] = .string(try image.wireString(field: "firstFrame", provider: provider)) }
        if let image = request.lastFrame { body["last_image"] = .string(try image.wireString(field: "lastFrame", provider: provider)) }
        if let fps = request.framesPerSecond { body["fps"] = .integer(Int64(fps)) }
        if let seed = request.seed { body["seed"] = .integer(seed) }
        if let ratio = request.aspectRatio { body["ratio"] = .string(ratio.rawValue) }
        if let resolution = request.resolution { body["resolution"] = .string(resolution.rawValue) }
        if let duration = request.duration { body["duration"] = .integer(Int64(try seconds(of: duration, provider: provider, model: model))) }
        if let watermark = request.watermark { body["watermark"] = .bool(watermark) }
        if let cameraFixed = request.cameraFixed { body["camera_fixed"] = .bool(cameraFixed) }
        if let tier = request.serviceTier { body["service_tier"] = .string(tier.rawValue) }
        if let audio = request.generateAudio { body["generate_audio"] = .bool(audio) }
        if let expiry = request.executionExpiresAfter { body["execution_expires_after"] = .integer(Int64(expiry)) }
        try checkExtraFields(request, provider: provider, model: model)
        body.merge(request.extraFields) { typed, _ in typed }
        return body
    }

    /// Refuses an extra field whose key the typed request already sets: which of the two to send would be a guess.
    static func checkExtraFields(_ request: VideoRequest, provider: ProviderID, model: ModelID) throws {
        let typedKeys = Set(request.setFields.compactMap { wireNames[$0] })
        for key in request.extraFields.keys.sorted() where typedKeys.contains(key) {
            throw SeedanceError.invalid(
                "extraFields.\(key)", value: nil, allowed: "keys the typed request does not set", provider: provider, model: model,
                reason: "repeats a field the request already sets")
        }
    }

    private static func seconds(of duration: VideoDuration, provider: ProviderID, model: ModelID) throws -> Int {
        guard case .seconds(let seconds) = duration else {
            throw SeedanceError.invalid("duration", value: duration.description, allowed: "4…12 seconds", provider: provider, model: model)
        }
        return seconds
    }
}
