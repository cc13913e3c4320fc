import Foundation
import SeedanceCore

/// A `/v2/generate` body that passed ``SeedanceAPIOrg2CreateValidation``, with the documented defaults applied.
struct SeedanceAPIOrg2CreateBody: Sendable {
    var model: String
    var prompt: String
    var aspectRatio: String
    var resolution: String
    var duration: Int
    var callbackURL: URL?
    /// The documented price, or `nil` where none is published (2-mini).
    var credits: Int?
    /// The body as sent, plus `request` (the echo status answers report) and `credits`.
    var params: JSONValue
}

/// The `/v2/generate` rules seedanceapi.org documents for Seedance 2.0 (https://seedanceapi.org/docs/v2,
/// https://seedanceapi.org/llms.txt), with the v1 error table's codes:
///
/// - `model` `seedance-2.0` (default), `seedance-2.0-fast`, `seedance-2-mini`;
/// - `prompt` required, at most 2000 characters (`INVALID_PROMPT`);
/// - `duration` a JSON number: 5, 10 or 15 (default 5); 4 … 15 on 2-mini (`INVALID_DURATION`);
/// - `aspect_ratio` 16:9, 9:16, 4:3, 3:4, text-to-video only (default 16:9) (`INVALID_ASPECT_RATIO`);
/// - `images` 1–4 http(s) links, image-to-video (`TOO_MANY_IMAGES` above 4);
/// - 2-mini only: `resolution` 480p / 720p (`INVALID_RESOLUTION`) and `reference_video_urls`;
/// - `callback_url` (public https, as v1), `public` (boolean).
///
/// Where the page is silent [STRICT]: fields outside the model's list (`resolution` on 2.0 and 2.0 fast, which
/// some clients send) are refused with `INVALID_REQUEST`; `reference_video_urls` holds 1–3 links (Seedance 2.0's
/// reference limit), never with `images`, and hosted clips are inspected (``Seedance2MediaCheck``); an unknown
/// `model` is `INVALID_REQUEST`.
struct SeedanceAPIOrg2CreateValidation {
    static let models = ["seedance-2.0", "seedance-2.0-fast", "seedance-2-mini"]
    static let aspectRatios = ["16:9", "9:16", "4:3", "3:4"]
    static let commonFields: Set<String> = ["model", "prompt", "duration", "aspect_ratio", "images", "callback_url", "public"]
    static let miniFields: Set<String> = ["resolution", "reference_video_urls"]
    static let invalidRequest = SimulatedSeedanceAPIOrg.invalidRequest

    var rejectsUnknownFields: Bool
    let hosted: HostedMedia

    /// The body `object` checked field by field.
    ///
    /// - Throws: ``SimulatedError/invalidParameter(_:_:code:status:)`` with the table's code for the first field that
    ///   breaks a rule.
    func validate(_ object: [String: JSONValue]) throws -> SeedanceAPIOrg2CreateBody {
        let fields = JSONFields(object)
        let model = try fields.string("model", allowed: Self.models, code: Self.invalidRequest) ?? "seedance-2.0"
        let mini = model == "seedance-2-mini"
        if rejectsUnknownFields { try fields.rejectUnknown(mini ? Self.commonFields.union(Self.miniFields) : Self.commonFields, code: Self.invalidRequest) }
        let prompt = try fields.string("prompt", code: "INVALID_PROMPT") ?? ""
        guard !prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, prompt.count <= 2000 else {
            throw SimulatedError.invalidParameter("prompt", "The prompt is invalid, empty or over 2000 characters", code: "INVALID_PROMPT")
        }
        let duration = try self.duration(fields, mini: mini)
        let images = try links(fields, "images", limit: 4, code: "TOO_MANY_IMAGES")
        if !images.isEmpty, fields.has("aspect_ratio") {
            throw SimulatedError.invalidParameter(
                "aspect_ratio", "aspect_ratio applies to text-to-video only; an image-to-video keeps the image's ratio", code: "INVALID_ASPECT_RATIO")
        }
        let ratio = try fields.string("aspect_ratio", allowed: Self.aspectRatios, code: "INVALID_ASPECT_RATIO") ?? "16:9"
        let resolution = try fields.string("resolution", allowed: ["480p", "720p"], code: "INVALID_RESOLUTION") ?? "720p"
        let seedance2 = Seedance2Model(id: model, family: .v2_0, resolutions: ["480p", "720p"], finalResolution: nil)
        let codebook: ContentArrayCodebook = { _ in Self.invalidRequest }
        let media = Seedance2MediaCheck(model: seedance2, hosted: hosted, codebook: codebook)
        let references = try links(fields, "reference_video_urls", limit: 3, code: Self.invalidRequest) { try media.checkVideoURL($0, field: $1) }
        if !references.isEmpty, !images.isEmpty {
            throw SimulatedError.invalidParameter("reference_video_urls", "reference_video_urls cannot be combined with images", code: Self.invalidRequest)
        }
        try media.checkTotals()
        _ = try fields.bool("public", code: Self.invalidRequest)
        let callbackURL = try fields.string("callback_url", code: Self.invalidRequest).map { text -> URL in
            guard let url = WebURLCheck.callbackURL(text) else {
                throw SimulatedError.invalidParameter(
                    "callback_url", "callback_url must be a publicly accessible https URL; got \"\(text)\"", code: Self.invalidRequest)
            }
            return url
        }
        let credits = SimulatedSeedanceAPIOrg2.credits(model: model, durationSeconds: duration)
        var kept = object
        var request: [String: JSONValue] = [
            "model": .string(model), "prompt": .string(prompt), "aspect_ratio": .string(ratio), "duration": .integer(Int64(duration)),
        ]
        if mini { request["resolution"] = .string(resolution) }
        kept["request"] = .object(request)
        kept["credits"] = .integer(Int64(credits ?? 0))
        return SeedanceAPIOrg2CreateBody(
            model: model, prompt: prompt, aspectRatio: ratio, resolution: resolution, duration: duration, callbackURL: callbackURL,
            credits: credits, params: .object(kept))
    }

    /// `duration`: a JSON integer, 5 / 10 / 15 (4 … 15 on 2-mini); default 5.
    private func duration(_ fields: JSONFields, mini: Bool) throws -> Int {
        guard fields.has("duration") else { return 5 }
        let allowed = mini ? "an integer from 4 to 15" : "5, 10 or 15"
        guard let value = try? fields.integer("duration"), mini ? (4...15).contains(value) : [5, 10, 15].contains(value) else {
            let sent = fields.object["duration"].map { String(decoding: SimulatedResponse.encode($0), as: UTF8.self) } ?? ""
            throw SimulatedError.invalidParameter("duration", "Duration must be \(allowed) (a number); got \(sent)", code: "INVALID_DURATION")
        }
        return Int(value)
    }

    /// The http(s) links of the array `field` (absent: none): 1 … `limit` of them, each checked with `check`.
    private func links(
        _ fields: JSONFields, _ field: String, limit: Int, code: String, check: (String, String) throws -> Void = { _, _ in }
    ) throws -> [String] {
        guard let items = try fields.array(field, code: Self.invalidRequest) else { return [] }
        guard !items.isEmpty else { throw SimulatedError.invalidParameter(field, "\(field) must hold at least one URL when given", code: Self.invalidRequest) }
        guard items.count <= limit else {
            throw SimulatedError.invalidParameter(field, "Maximum \(limit) URLs allowed in \(field); got \(items.count)", code: code)
        }
        return try items.enumerated().map { index, item in
            guard let text = item.stringValue, WebURLCheck.webURL(text) != nil else {
                throw SimulatedError.invalidParameter(field, "\(field)[\(index)] must be an http(s) URL", code: Self.invalidRequest)
            }
            try check(text, "\(field)[\(index)]")
            return text
        }
    }
}
