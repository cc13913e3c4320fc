import Foundation
import SeedanceCore

/// The create body documented in docs/dialects/apixo.md:
/// `{request_type, callback_url?, provider?, input: {mode, prompt, image_urls?, resolution?, duration?, sound,
/// aspect_ratio?, fixed_lens?}}`. Unset fields are omitted, except `request_type`, `mode` and `sound`, which APIXO
/// requires. ``VideoRequest/extraFields`` are added inside `input`.
enum APIXORequestBody {
    /// The `input` keys the SDK writes itself; extra fields may not use them.
    static let modelledInputKeys: Set<String> = ["mode", "prompt", "image_urls", "resolution", "duration", "sound", "aspect_ratio", "fixed_lens"]

    /// The body for a validated `request`. Throws `.invalidRequest` for an image that is not a remote URL.
    static func json(for request: VideoRequest, routing: APIXO.ProviderRouting?, provider: ProviderID) throws -> JSONValue {
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

    /// The URL text of a remote image; APIXO fetches images itself and takes no inline data.
    private static func remoteURL(_ image: MediaInput, field: String, provider: ProviderID) throws -> String {
        guard case .url(let url) = image, url.scheme?.lowercased() != "data" else {
            throw SeedanceError.invalid(
                field, value: image.summary, allowed: "an http or https URL", provider: provider, reason: "is not accepted: APIXO takes image URLs only")
        }
        return url.absoluteString
    }
}
