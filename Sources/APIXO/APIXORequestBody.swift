import Foundation
import SeedanceCore

/// The create body documented in docs/dialects/apixo.md:
/// `{request_type, callback_url?, provider?, input: {mode, prompt, image_urls?, resolution?, duration?, sound,
/// aspect_ratio?, fixed_lens?}}` for Seedance 1.5 Pro (the 2.0 `input` is `APIXOSeedance2Input`). Unset fields are
/// omitted, except `request_type`, `mode` and `sound`, which APIXO requires. ``VideoRequest/extraFields`` are added
/// inside `input`.
enum APIXORequestBody {
    /// The Seedance 1.5 Pro `input` keys the SDK writes itself; extra fields may not use them.
    static let modelledInputKeys: Set<String> = ["mode", "prompt", "image_urls", "resolution", "duration", "sound", "aspect_ratio", "fixed_lens"]

    /// The body for a validated `request` to `model`: Seedance 2.0 models get the `input` of
    /// `APIXOSeedance2Input`, every other model the Seedance 1.5 Pro `input` below. Throws `.invalidRequest` for a
    /// medium that is not a remote URL (and, on 2.0, frames mixed with references).
    static func json(for request: VideoRequest, model: ModelID, routing: APIXO.ProviderRouting?, provider: ProviderID) throws -> JSONValue {
        let input =
            APIXOSeedance2Models.contains(model)
            ? try APIXOSeedance2Input.json(for: request, provider: provider, model: model) : try seedance15Input(for: request, provider: provider)
        var body: [String: JSONValue] = ["input": .object(input)]
        if let callback = request.callbackURL {
            body["request_type"] = "callback"
            body["callback_url"] = .string(callback.absoluteString)
        } else {
            body["request_type"] = "async"
        }
        if let routing { body["provider"] = .string(routing.rawValue) }
        return .object(body)
    }

    /// The Seedance 1.5 Pro `input`.
    private static func seedance15Input(for request: VideoRequest, provider: ProviderID) throws -> [String: JSONValue] {
        var input = request.extraFields.filter { !modelledInputKeys.contains($0.key) }
        input["mode"] = .string(request.firstFrame == nil ? "text-to-video" : "image-to-video")
        if let prompt = request.prompt { input["prompt"] = .string(prompt) }
        let frames = [("firstFrame", request.firstFrame), ("lastFrame", request.lastFrame)]
        let urls = try frames.compactMap { field, image in try image.map { try remoteURL($0, field: field, provider: provider) } }
        if !urls.isEmpty { input["image_urls"] = .array(urls.map(JSONValue.string)) }
        if let resolution = request.resolution { input["resolution"] = .string(resolution.rawValue) }
        if case .seconds(let seconds)? = request.duration { input["duration"] = .integer(Int64(seconds)) }
        input["sound"] = .bool(request.generateAudio ?? false)
        if let ratio = request.aspectRatio { input["aspect_ratio"] = .string(ratio.rawValue) }
        if let fixed = request.cameraFixed { input["fixed_lens"] = .bool(fixed) }
        return input
    }

    /// The URL text of a remote medium; APIXO fetches media itself and takes no inline data and no assets.
    static func remoteURL(_ medium: MediaInput, field: String, provider: ProviderID) throws -> String {
        guard case .url(let url) = medium, url.scheme?.lowercased() != "data" else {
            throw SeedanceError.invalid(
                field, value: medium.summary, allowed: "an http or https URL", provider: provider, reason: "is not accepted: APIXO takes media URLs only")
        }
        return url.absoluteString
    }
}
