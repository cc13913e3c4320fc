import SeedanceCore

extension SeedanceAPIOrg {
    /// The v2 rules the shared validator does not know (docs/dialects/seedanceapi.md, "Seedance 2.x"):
    ///
    /// - no first or last frame: v2's `images` carry ``VideoRequest/referenceImages``; the documentation does not say
    ///   they are frames, so the SDK does not send a frame there;
    /// - mini's `reference_video_urls` and `images` are not documented to combine: refused together;
    /// - `aspect_ratio` applies to text-to-video only: refused together with images.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) naming the field, what is allowed, the model and the provider.
    func checkSeedance2Rules(_ request: VideoRequest, model: ModelID) throws {
        for (field, frame) in [("firstFrame", request.firstFrame), ("lastFrame", request.lastFrame)] {
            guard let frame else { continue }
            throw SeedanceError.invalid(
                field, value: frame.summary, allowed: "referenceImages (1–4 image URLs, sent as images)", provider: provider, model: model,
                reason: "is not supported by the v2 API: its images are not documented as frames")
        }
        if !request.referenceVideos.isEmpty, !request.referenceImages.isEmpty {
            throw SeedanceError.invalid(
                "referenceVideos", value: String(request.referenceVideos.count), allowed: "reference videos without images, or images alone",
                provider: provider, model: model,
                reason: "cannot be combined with referenceImages on the v2 API: its documentation does not say reference_video_urls and images combine")
        }
        if let ratio = request.aspectRatio, !request.referenceImages.isEmpty {
            throw SeedanceError.invalid(
                "aspectRatio", value: ratio.rawValue, allowed: "no aspect ratio when images are given", provider: provider, model: model,
                reason: "applies to text-to-video only on the v2 API")
        }
    }
}
