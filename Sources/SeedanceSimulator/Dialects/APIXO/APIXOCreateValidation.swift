import Foundation
import SeedanceCore

/// A create body that passed ``APIXOCreateValidation``.
struct APIXOCreateBody: Sendable {
    /// Set in callback mode only.
    var callbackURL: URL?
    var prompt: String
    var resolution: String?
    var duration: Int?
    var sound: Bool
    var aspectRatio: String?
    /// The whole body, kept with the task.
    var params: JSONValue
    /// A failure decided at creation (an unsupported image format), else `nil` (the world plans the outcome).
    var plannedOutcome: PlannedOutcome?
}

/// The create body rules APIXO documents (docs/dialects/apixo.md). Each refusal is a 400 naming the field, worded as
/// the documented example (`Missing required field: input.prompt`).
struct APIXOCreateValidation {
    static let requestTypes = ["async", "callback"]
    static let providers = ["auto", "value", "official"]
    static let modes = ["text-to-video", "image-to-video"]
    static let resolutions = ["480p", "720p"]
    static let aspectRatios = ["1:1", "3:4", "4:3", "9:16", "16:9", "21:9"]
    static let promptLength = 3...2500
    static let durations: ClosedRange<Int64> = 4...12
    /// The image formats APIXO accepts ("JPG, PNG, WebP"), by file extension.
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "webp"]
    static let topLevelFields: Set<String> = ["request_type", "callback_url", "provider", "input"]
    static let inputFields: Set<String> = ["mode", "prompt", "image_urls", "resolution", "duration", "sound", "aspect_ratio", "fixed_lens"]

    var rejectsUnknownFields: Bool

    /// The body `object` checked field by field.
    ///
    /// - Throws: ``SimulatedError/invalidParameter(_:_:code:status:)`` for the first field that breaks a rule.
    func validate(_ object: [String: JSONValue]) throws -> APIXOCreateBody {
        let (callbackURL, input) = try envelope(object)
        if rejectsUnknownFields { try input.rejectUnknown(Self.inputFields) }

        let mode = try required(input, "mode") { try input.string("mode", allowed: Self.modes) }
        let prompt = try required(input, "prompt") { try input.string("prompt") }
        guard Self.promptLength.contains(prompt.count) else {
            throw invalid("input.prompt", "input.prompt must be 3-2500 characters; got \(prompt.count)")
        }
        let images = try imageURLs(input, mode: mode)
        let sound = try required(input, "sound") { try input.bool("sound") }
        let resolution = try input.string("resolution", allowed: Self.resolutions)
        let duration = try input.integer("duration", in: Self.durations).map { Int($0) }
        let aspectRatio = try input.string("aspect_ratio", allowed: Self.aspectRatios)
        _ = try input.bool("fixed_lens")
        return APIXOCreateBody(
            callbackURL: callbackURL, prompt: prompt, resolution: resolution, duration: duration, sound: sound,
            aspectRatio: aspectRatio, params: .object(object), plannedOutcome: Self.formatFailure(images))
    }

    /// The top level of a create (`request_type`, `callback_url`, `provider`, `input`), shared by every model: the
    /// callback URL in callback mode, and the `input` object.
    ///
    /// - Throws: ``SimulatedError/invalidParameter(_:_:code:status:)`` for the first field that breaks a rule.
    func envelope(_ object: [String: JSONValue]) throws -> (callbackURL: URL?, input: JSONFields) {
        let top = JSONFields(object)
        if rejectsUnknownFields { try top.rejectUnknown(Self.topLevelFields) }
        let requestType = try top.string("request_type", allowed: Self.requestTypes) ?? "async"
        var callbackURL: URL?
        if requestType == "callback" {
            let text = try required(top, "callback_url") { try top.string("callback_url") }
            guard let url = WebURLCheck.callbackURL(text) else {
                throw invalid("callback_url", "callback_url must be a public HTTPS URL; got \"\(text)\"")
            }
            callbackURL = url
        } else if let text = try top.string("callback_url"), WebURLCheck.webURL(text) == nil {
            throw invalid("callback_url", "callback_url must be a URL; got \"\(text)\"")
        }
        _ = try top.string("provider", allowed: Self.providers)
        return (callbackURL, try required(top, "input") { try top.object("input") })
    }

    /// `image_urls`: required with 1–2 links for `image-to-video` (the second is the end frame), refused for
    /// `text-to-video`; links only (no inline data).
    private func imageURLs(_ input: JSONFields, mode: String) throws -> [URL] {
        guard let items = try input.array("image_urls") else {
            if mode == "image-to-video" { throw invalid("input.image_urls", "Missing required field: input.image_urls (image-to-video needs 1-2 image URLs)") }
            return []
        }
        guard mode == "image-to-video" else {
            throw invalid("input.image_urls", "input.image_urls is only accepted with mode image-to-video")
        }
        guard (1...2).contains(items.count) else {
            throw invalid("input.image_urls", "input.image_urls must hold 1-2 image URLs; got \(items.count)")
        }
        return try items.enumerated().map { index, item in
            guard let text = item.stringValue, let url = WebURLCheck.webURL(text) else {
                throw invalid("input.image_urls", "input.image_urls[\(index)] must be an http(s) image URL")
            }
            return url
        }
    }

    /// `UNSUPPORTED_FORMAT` when a link names a file whose extension is not JPG/PNG/WebP (links without an
    /// extension are given the benefit of the doubt).
    static func formatFailure(_ images: [URL]) -> PlannedOutcome? {
        for url in images {
            let fileExtension = url.pathExtension.lowercased()
            if !fileExtension.isEmpty, !imageExtensions.contains(fileExtension) {
                return .fail(.custom(code: "UNSUPPORTED_FORMAT", message: "Unsupported image format .\(fileExtension): use JPEG, PNG or WebP"))
            }
        }
        return nil
    }

    func required<T>(_ fields: JSONFields, _ key: String, _ read: () throws -> T?) throws -> T {
        guard fields.has(key), let value = try read() else {
            throw invalid(fields.path + key, "Missing required field: \(fields.path + key)")
        }
        if let text = value as? String, text.isEmpty { throw invalid(fields.path + key, "Missing required field: \(fields.path + key)") }
        return value
    }

    func invalid(_ field: String, _ message: String) -> SimulatedError {
        SimulatedError.invalidParameter(field, message)
    }
}
