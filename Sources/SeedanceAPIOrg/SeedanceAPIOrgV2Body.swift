import Foundation
import SeedanceCore

/// The v2 create body (docs/dialects/seedanceapi.md, "Seedance 2.x"): `{model, prompt, duration? (a number),
/// aspect_ratio?, images?, resolution? (mini), reference_video_urls? (mini), callback_url?}`. The model is always sent;
/// other unset fields are omitted so the provider's defaults apply (5 s, 16:9). ``VideoRequest/extraFields`` join at
/// the top level.
enum SeedanceAPIOrgV2Body {
    /// The keys the SDK writes itself; extra fields may not use them.
    static let modelledKeys: Set<String> = [
        "model", "prompt", "duration", "aspect_ratio", "images", "resolution", "reference_video_urls", "callback_url",
    ]

    /// The body for a validated `request` on `model`.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) for a medium that is not an `http`/`https` URL (the v2 API takes
    ///   URLs only), or a duration that is not whole seconds.
    static func json(for request: VideoRequest, model: ModelID, provider: ProviderID) throws -> JSONValue {
        var body = request.extraFields.filter { !modelledKeys.contains($0.key) }
        body["model"] = .string(model.rawValue)
        if let prompt = request.prompt { body["prompt"] = .string(prompt) }
        switch request.duration {
        case .seconds(let seconds)?: body["duration"] = .integer(Int64(seconds))
        case let other?: throw SeedanceError.invalid("duration", value: other.description, allowed: "whole seconds", provider: provider, model: model)
        case nil: break
        }
        if let ratio = request.aspectRatio { body["aspect_ratio"] = .string(ratio.rawValue) }
        if !request.referenceImages.isEmpty { body["images"] = try urls(request.referenceImages, field: "referenceImages", provider: provider, model: model) }
        if let resolution = request.resolution { body["resolution"] = .string(resolution.rawValue) }
        if !request.referenceVideos.isEmpty {
            body["reference_video_urls"] = try urls(request.referenceVideos, field: "referenceVideos", provider: provider, model: model)
        }
        if let callback = request.callbackURL { body["callback_url"] = .string(callback.absoluteString) }
        return .object(body)
    }

    private static func urls(_ media: [MediaInput], field: String, provider: ProviderID, model: ModelID) throws -> JSONValue {
        .array(
            try media.enumerated().map { index, medium in
                guard case .url(let url) = medium, ["http", "https"].contains(url.scheme?.lowercased() ?? "") else {
                    throw SeedanceError.invalid(
                        "\(field)[\(index)]", value: medium.summary, allowed: "an http or https URL", provider: provider, model: model,
                        reason: "is not accepted: seedanceapi.org's v2 API takes media URLs only")
                }
                return .string(url.absoluteString)
            })
    }
}
