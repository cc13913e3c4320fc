import Foundation
import SeedanceCore

/// Checks a create body of the flat-body dialect as JieKou and Novita document it (docs/dialects/jiekou.md), and keeps
/// what the task needs. Every refusal is a 400 ``SimulatedError/invalidParameter(_:_:code:status:)`` naming the field
/// (rendered as `INVALID_REQUEST_BODY`).
///
/// Deliberately strict, to catch a client that strays from the documents: unknown fields (including the image
/// fields on the text-to-video endpoint, and `return_last_frame`, `callback_url`, `draft`, `frames`, which 1.5 Pro
/// does not have) and `null` values are refused, and numbers must be JSON integers.
struct JieKouCreateValidation {
    /// What a valid body yields.
    struct Accepted {
        var prompt: String?
        var echo: TaskEcho
        /// The body without image payloads (kept with the task; a data URL can be tens of megabytes).
        var keptParameters: JSONValue
    }

    let host: SimulatedJieKou.Host
    let model: String
    let imageToVideo: Bool

    static let imageFields: Set<String> = ["image", "last_image"]
    static let commonFields: Set<String> = [
        "prompt", "fps", "seed", "ratio", "resolution", "duration", "watermark", "camera_fixed", "service_tier",
        "generate_audio", "execution_expires_after",
    ]
    static let ratios = ["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"]
    static let serviceTiers = ["default", "flex"]

    func validate(_ context: DialectContext) throws -> Accepted {
        try Self.requireJSONContentType(context.request)
        let object = try context.jsonObject()
        try rejectUnknown(object)
        if let null = object.keys.sorted().first(where: { object[$0] == .null }) {
            throw SimulatedError.invalidParameter(null, "\(null): must not be null (omit the field to use its default)")
        }
        let fields = JSONFields(object)
        let prompt = try fields.string("prompt")
        if !imageToVideo, (prompt ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw SimulatedError.invalidParameter("prompt", "prompt: is required by \(model)")
        }
        if imageToVideo {
            guard let image = try fields.string("image") else {
                throw SimulatedError.invalidParameter("image", "image: is required by \(model) (a URL or a data:image/<format>;base64 string)")
            }
            try JieKouImageCheck.check(image, field: "image")
            if let last = try fields.string("last_image") { try JieKouImageCheck.check(last, field: "last_image") }
        }
        if let fps = try fields.integer("fps"), fps != 24 {
            throw SimulatedError.invalidParameter("fps", "fps: only 24 is supported; got \(fps)")
        }
        let seed = try fields.integer("seed", in: -1...4_294_967_295)
        let ratio = try fields.string("ratio", allowed: Self.ratios)
        let resolution = try fields.string("resolution", allowed: host.resolutions)
        let duration = try fields.integer("duration", in: 4...12)
        _ = try fields.bool("watermark")
        _ = try fields.bool("camera_fixed")
        _ = try fields.string("service_tier", allowed: Self.serviceTiers)
        let audio = try fields.bool("generate_audio")
        _ = try fields.integer("execution_expires_after", in: 3600...259_200)

        var kept = object
        for field in Self.imageFields where kept[field] != nil { kept[field] = .string("(\(field) given)") }
        // Defaults where the documents give none are [INFERRED]: 5 s (upstream), 720p, adaptive, audio on.
        let echo = TaskEcho(
            duration: Int(duration ?? 5), resolution: resolution ?? "720p", ratio: ratio ?? "adaptive",
            seed: seed ?? -1, generateAudio: audio ?? true, framesPerSecond: 24)
        return Accepted(prompt: prompt, echo: echo, keptParameters: .object(kept))
    }

    private func rejectUnknown(_ object: [String: JSONValue]) throws {
        let known = imageToVideo ? Self.commonFields.union(Self.imageFields) : Self.commonFields
        guard let unknown = object.keys.sorted().first(where: { !known.contains($0) }) else { return }
        if Self.imageFields.contains(unknown) {
            throw SimulatedError.invalidParameter(unknown, "\(unknown): is not accepted by \(model); images go to \(SimulatedJieKou.imageToVideoModel)")
        }
        throw SimulatedError.invalidParameter(unknown, "\(unknown): unknown field for \(model)")
    }

    /// The docs mark `Content-Type: application/json` as required on the create.
    static func requireJSONContentType(_ request: SimulatedRequest) throws {
        let type = request.headers["Content-Type"]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard type == "application/json" else {
            throw SimulatedError.malformedBody("Content-Type: must be application/json; got \(request.headers["Content-Type"] ?? "none")")
        }
    }
}
