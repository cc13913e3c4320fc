import Foundation
import SeedanceCore

/// A create body that passed ``SeedanceAPIOrgCreateValidation``, with the documented defaults applied.
struct SeedanceAPIOrgCreateBody: Sendable {
    var prompt: String
    var aspectRatio: String
    var resolution: String
    var duration: Int
    var generateAudio: Bool
    var callbackURL: URL?
    /// The price of the video (seedanceapi.org's documented table).
    var credits: Int
    /// What the task keeps: the body as sent, plus `request`, the echo status answers report.
    var params: JSONValue
}

/// The create body rules seedanceapi.org documents (docs/dialects/seedanceapi.md), each refusal with the error table's
/// code: `INVALID_PROMPT` (missing, empty, not a string, over 2,000 characters), `INVALID_ASPECT_RATIO`,
/// `INVALID_RESOLUTION`, `INVALID_DURATION` (anything but the strings `"4"`, `"8"`, `"12"`), `TOO_MANY_IMAGES`
/// (more than one link), and `INVALID_REQUEST` [INFERRED] for what the table does not name.
struct SeedanceAPIOrgCreateValidation {
    static let aspectRatios = ["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"]
    static let resolutions = ["480p", "720p"]
    static let durations = ["4", "8", "12"]
    static let maxPromptLength = 2000
    static let fields: Set<String> = ["prompt", "aspect_ratio", "resolution", "duration", "generate_audio", "fixed_lens", "image_urls", "callback_url"]
    static let invalidRequest = SimulatedSeedanceAPIOrg.invalidRequest

    var rejectsUnknownFields: Bool

    /// The body `object` checked field by field.
    ///
    /// - Throws: ``SimulatedError/invalidParameter(_:_:code:status:)`` with the seed's code for the first field that
    ///   breaks a rule.
    func validate(_ object: [String: JSONValue]) throws -> SeedanceAPIOrgCreateBody {
        let fields = JSONFields(object)
        if rejectsUnknownFields { try fields.rejectUnknown(Self.fields, code: Self.invalidRequest) }
        let prompt = try fields.string("prompt", code: "INVALID_PROMPT") ?? ""
        guard !prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw SimulatedError.invalidParameter("prompt", "The prompt is invalid or empty", code: "INVALID_PROMPT")
        }
        guard prompt.count <= Self.maxPromptLength else {
            throw SimulatedError.invalidParameter("prompt", "The prompt must be at most 2000 characters; got \(prompt.count)", code: "INVALID_PROMPT")
        }
        let ratio = try fields.string("aspect_ratio", allowed: Self.aspectRatios, code: "INVALID_ASPECT_RATIO") ?? "1:1"
        let resolution = try fields.string("resolution", allowed: Self.resolutions, code: "INVALID_RESOLUTION") ?? "720p"
        let duration = try self.duration(fields)
        let audio = try fields.bool("generate_audio", code: Self.invalidRequest) ?? false
        _ = try fields.bool("fixed_lens", code: Self.invalidRequest)
        try checkImages(fields)
        let callbackURL = try fields.string("callback_url", code: Self.invalidRequest).map { text -> URL in
            guard let url = WebURLCheck.callbackURL(text) else {
                throw SimulatedError.invalidParameter(
                    "callback_url", "callback_url must be a publicly accessible https URL; got \"\(text)\"", code: Self.invalidRequest)
            }
            return url
        }
        let seconds = Int(duration) ?? 8
        let credits = SimulatedSeedanceAPIOrg.credits(resolution: resolution, durationSeconds: seconds, generateAudio: audio) ?? 0
        var kept = object
        kept["request"] = ["prompt": .string(prompt), "aspect_ratio": .string(ratio), "resolution": .string(resolution), "duration": .string(duration)]
        return SeedanceAPIOrgCreateBody(
            prompt: prompt, aspectRatio: ratio, resolution: resolution, duration: seconds,
            generateAudio: audio, callbackURL: callbackURL, credits: credits, params: .object(kept))
    }

    /// `duration`: one of the strings `"4"`, `"8"`, `"12"` (default `"8"`); a JSON number is refused too.
    private func duration(_ fields: JSONFields) throws -> String {
        guard fields.has("duration") else { return "8" }
        guard let text = fields.object["duration"]?.stringValue, Self.durations.contains(text) else {
            let sent = fields.object["duration"].map { String(decoding: SimulatedResponse.encode($0), as: UTF8.self) } ?? ""
            throw SimulatedError.invalidParameter(
                "duration", "Duration must be 4, 8, or 12 seconds, as a string (\"4\", \"8\" or \"12\"); got \(sent)", code: "INVALID_DURATION")
        }
        return text
    }

    /// `image_urls`: at most one http(s) link (a first frame).
    private func checkImages(_ fields: JSONFields) throws {
        guard let items = try fields.array("image_urls", code: Self.invalidRequest) else { return }
        guard items.count <= 1 else {
            throw SimulatedError.invalidParameter("image_urls", "Maximum 1 image URL allowed in image_urls array", code: "TOO_MANY_IMAGES")
        }
        for item in items {
            guard let text = item.stringValue, WebURLCheck.webURL(text) != nil else {
                throw SimulatedError.invalidParameter("image_urls", "image_urls must hold http(s) image URLs", code: Self.invalidRequest)
            }
        }
    }
}
