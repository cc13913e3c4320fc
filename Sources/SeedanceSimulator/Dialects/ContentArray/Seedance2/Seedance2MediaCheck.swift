import Foundation
import SeedanceCore

/// Checks the media URLs of a Seedance 2.x create as the Ark pages describe them (§ "Reference video / audio
/// requirements" of https://docs.byteplus.com/en/docs/ModelArk/1520757):
///
/// - images: http(s) URL, `data:image/<format>;base64,…` or `asset://<ID>` (``ContentArrayImageCheck``);
/// - videos: http(s) URL or `asset://<ID>`, never base64; mp4 or mov, at most 200 MB, 2 … 15 s each on 2.0
///   (2 … 30 s on 2.5; an edit's source 4 … 30 s), 409 600 … 8 295 044 pixels, 300 … 6000 px a side, width ÷ height
///   0.4 … 2.5, 24 … 60 fps;
/// - audio: http(s) URL, `data:audio/<wav|mp3>;base64,…` or `asset://<ID>`; wav or mp3, at most 15 MB, 2 … 15 s
///   each (2 … 30 s on 2.5);
/// - all clips of one type together at most 15 s (2.0) or 30 s (2.5).
///
/// The simulator never leaves loopback: URLs to other hosts are accepted unchecked, as the provider would fetch
/// them; files the simulator hosts itself (``HostedMedia``: uploads and samples) and inline audio are read with
/// `MediaInspector` and held to every rule. A hosted URL naming no file is refused as an unreachable resource.
/// Validate against the documented bounds: the service seems to allow about ±0.2 s, the simulator does not.
final class Seedance2MediaCheck {
    let model: Seedance2Model
    let images: ContentArrayImageCheck
    let hosted: HostedMedia?
    let codebook: ContentArrayCodebook
    /// The lengths of the inspected reference videos, in seconds (for the edit rule and the totals).
    private(set) var videoSeconds: [(field: String, seconds: Double)] = []
    private(set) var audioSeconds: [(field: String, seconds: Double)] = []

    static let maxVideoBytes = 200 * 1024 * 1024
    static let maxAudioBytes = 15 * 1024 * 1024
    static let pixelRange = 409_600...8_295_044
    static let framesPerSecond = 24.0...60.0

    /// A check for `model`'s rules, images held to the 2.x image rules, refusals coded by `codebook`.
    init(model: Seedance2Model, hosted: HostedMedia?, codebook: @escaping ContentArrayCodebook) {
        self.model = model
        self.images = ContentArrayImageCheck(profile: .seedance2(model), codebook: codebook)
        self.hosted = hosted
        self.codebook = codebook
    }

    /// An image URL: asset id, hosted file (checked as an inline image), http(s) or data URL.
    func checkImage(_ url: String, field: String) throws {
        if try isAsset(url, field: field) { return }
        if let bytes = try hostedBytes(url, field: field) {
            try images.checkBytes(bytes, field: field)
            return
        }
        try images.check(url, field: field)
    }

    /// A reference video URL.
    func checkVideoURL(_ url: String, field: String) throws {
        if url.lowercased().hasPrefix("data:") {
            throw refusal(.referenceMedia, field, "\(field): video_url does not accept base64 data; pass an http(s) URL or asset://<ID>.")
        }
        if try isAsset(url, field: field) { return }
        try requireWebURL(url, field: field)
        guard let bytes = try hostedBytes(url, field: field) else { return }
        try checkVideo(bytes, field: field)
    }

    /// A reference audio URL.
    func checkAudioURL(_ url: String, field: String) throws {
        if url.hasPrefix("data:") {
            try checkAudio(try inlineAudio(url, field: field), field: field)
            return
        }
        if try isAsset(url, field: field) { return }
        try requireWebURL(url, field: field)
        guard let bytes = try hostedBytes(url, field: field) else { return }
        try checkAudio(bytes, field: field)
    }

    /// Reference counts per type within the model's limits; reference audio alone only where the model allows it;
    /// then the total lengths (``checkTotals()``). `fields` name where each type came from in messages (`content`
    /// for a content array; `reference_images` … for a flat body).
    func checkCounts(_ references: ContentArrayReferences, fields: (images: String, videos: String, audio: String) = ("content", "content", "content")) throws {
        let limits = model.referenceLimits
        for (count, limit, kind, field) in [
            (references.images.count, limits.images, "reference images", fields.images),
            (references.videos.count, limits.videos, "reference videos", fields.videos),
            (references.audio.count, limits.audio, "reference audio clips", fields.audio),
        ] where count > limit {
            throw refusal(.referenceCount, field, "\(field) may hold at most \(limit) \(kind) for model \(model.id); got \(count).")
        }
        if references.images.isEmpty, references.videos.isEmpty, !model.allowsAudioOnlyReference {
            throw refusal(
                .referenceCount, fields.audio,
                "reference_audio cannot be the only reference input for model \(model.id): add at least one reference image or video.")
        }
        try checkTotals()
    }

    /// All clips of one type together at most ``Seedance2Model/longestDuration`` seconds.
    func checkTotals() throws {
        for (kind, clips) in [("reference videos", videoSeconds), ("reference audio clips", audioSeconds)] {
            let total = clips.reduce(0) { $0 + $1.seconds }
            guard total <= Double(model.longestDuration) else {
                throw refusal(
                    .referenceMedia, "content",
                    "the \(kind) last \(Self.seconds(total)) s together; model \(model.id) takes at most \(model.longestDuration) s in total.")
            }
        }
    }

    /// An edit's source videos last 4 … 30 s (`InvalidParameter.TaskTypeConstraint`).
    func checkEditSources() throws {
        for clip in videoSeconds where !(4...30).contains(clip.seconds) {
            throw refusal(
                .taskType, clip.field, "\(clip.field) lasts \(Self.seconds(clip.seconds)) s; the source video of an edit task must last 4 … 30 s.")
        }
    }

    private func checkVideo(_ bytes: Data, field: String) throws {
        guard bytes.count <= Self.maxVideoBytes else {
            throw refusal(.referenceMedia, field, "\(field) is \(bytes.count) bytes; reference videos must be at most 200 MB.")
        }
        guard let info = try? MediaInspector.inspect(bytes, field: field, provider: "simulator"), info.format.isVideoContainer,
            let width = info.width, let height = info.height
        else { throw refusal(.referenceMedia, field, "\(field) is not a readable mp4 or mov video.") }
        let seconds = info.durationSeconds ?? 0
        try checkClip(seconds, field: field)
        let pixels = width * height
        guard Self.pixelRange.contains(pixels) else {
            throw refusal(
                .referenceMedia, field, "\(field) is \(width)×\(height) (\(pixels) pixels); reference videos need 409600 … 8295044 pixels.")
        }
        guard ContentArrayImageCheck.sideRange.contains(width), ContentArrayImageCheck.sideRange.contains(height) else {
            throw refusal(.referenceMedia, field, "\(field) is \(width)×\(height) px; each side must be within 300 … 6000 px.")
        }
        let aspect = Double(width) / Double(height)
        guard (0.4...2.5).contains(aspect) else {
            throw refusal(.referenceMedia, field, "\(field) has an aspect ratio of \(width)÷\(height); it must be between 0.4 and 2.5.")
        }
        let fps = info.framesPerSecond ?? 0
        guard Self.framesPerSecond.contains(fps) else {
            throw refusal(.referenceMedia, field, "\(field) runs at \(Self.seconds(fps)) fps; reference videos need 24 … 60 fps.")
        }
        videoSeconds.append((field, seconds))
    }

    private func checkAudio(_ bytes: Data, field: String) throws {
        guard bytes.count <= Self.maxAudioBytes else {
            throw refusal(.referenceMedia, field, "\(field) is \(bytes.count) bytes; reference audio must be at most 15 MB.")
        }
        guard let info = try? MediaInspector.inspect(bytes, field: field, provider: "simulator"), info.format == .wav || info.format == .mp3 else {
            throw refusal(.referenceMedia, field, "\(field) is not a readable wav or mp3 file.")
        }
        let seconds = info.durationSeconds ?? 0
        try checkClip(seconds, field: field)
        audioSeconds.append((field, seconds))
    }

    private func checkClip(_ seconds: Double, field: String) throws {
        guard model.clipSeconds.contains(seconds) else {
            throw refusal(
                .referenceMedia, field,
                "\(field) lasts \(Self.seconds(seconds)) s; each reference clip must last \(Int(model.clipSeconds.lowerBound)) … \(Int(model.clipSeconds.upperBound)) s for model \(model.id)."
            )
        }
    }

    private func inlineAudio(_ url: String, field: String) throws -> Data {
        guard url.hasPrefix("data:audio/"), let comma = url.firstIndex(of: ",") else {
            throw refusal(.referenceMedia, field, "\(field) must be data:audio/<wav|mp3>;base64,<data>.")
        }
        let header = url[url.index(url.startIndex, offsetBy: 11)..<comma]
        guard header.hasSuffix(";base64"), ["wav", "mp3"].contains(String(header.dropLast(7))) else {
            throw refusal(.referenceMedia, field, "\(field) must be data:audio/wav;base64,… or data:audio/mp3;base64,… (lowercase).")
        }
        guard let bytes = Data(base64Encoded: String(url[url.index(after: comma)...])) else {
            throw refusal(.referenceMedia, field, "\(field) does not hold valid base64.")
        }
        return bytes
    }

    /// Whether `url` is `asset://<ID>`; throws for `asset://` with no id.
    private func isAsset(_ url: String, field: String) throws -> Bool {
        guard url.lowercased().hasPrefix("asset://") else { return false }
        guard url.count > "asset://".count else { throw refusal(.referenceMedia, field, "\(field) names no asset: use asset://<ASSET_ID>.") }
        return true
    }

    private func requireWebURL(_ url: String, field: String) throws {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), ["http", "https"].contains(scheme), parsed.host != nil else {
            throw refusal(.referenceMedia, field, "\(field) must be an http(s) URL or asset://<ID>.")
        }
    }

    /// The bytes of a file this simulator hosts, `nil` for any other URL. Throws when `url` points at the hosted
    /// routes but names no file (the provider could not download it).
    private func hostedBytes(_ url: String, field: String) throws -> Data? {
        guard let hosted, let parsed = URL(string: url), HostedMedia.isHostedPath(parsed) else { return nil }
        guard let file = hosted.file(at: parsed) else {
            throw refusal(.referenceMedia, field, "\(field) could not be downloaded: \(url) answers 404.")
        }
        return file.data
    }

    private func refusal(_ violation: ContentArrayViolation, _ field: String, _ message: String) -> SimulatedError {
        SimulatedError.invalidParameter(field, message, code: codebook(violation))
    }

    static func seconds(_ value: Double) -> String { value.rounded() == value ? String(Int64(value)) : String(format: "%.2f", value) }
}
