import SeedanceCore

extension JieKou {
    /// The last path segment of the Seedance 2.0 route, `seedance-2.0`, shared by Seedance 2.0 and 2.0 fast.
    public static let seedance2PathSegment = "seedance-2.0"

    /// The rules of `/v3/async/seedance-2.0` that the shared validator does not know:
    ///
    /// - a forced ``JieKouEndpoint`` (`-i2v` / `-t2v`) belongs to Seedance 1.5 Pro: the 2.0 route has one endpoint;
    /// - text-to-video (no first frame, no reference) needs a non-empty prompt (JieKou's Seedance 2.0 page: required
    ///   in text-to-video mode, optional otherwise).
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) naming the field, what is allowed, the model and the provider.
    func checkSeedance2Rules(_ request: VideoRequest, model: ModelID) throws {
        if let forcedEndpoint {
            throw SeedanceError.invalid(
                "model", value: model.rawValue, allowed: ModelID.jiekouSeedance1_5Pro.rawValue, provider: provider, model: model,
                reason: "cannot use the forced \(forcedEndpoint.rawValue) endpoint: Seedance 2.0 has the one route /v3/async/\(Self.seedance2PathSegment)")
        }
        let hasMedia = request.firstFrame != nil || request.hasReferences
        let prompt = request.prompt ?? ""
        if !hasMedia && prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw SeedanceError.invalid(
                "prompt", value: request.prompt == nil ? nil : "\"\(prompt)\"", allowed: "a non-empty text", provider: provider, model: model,
                reason: "is required for text-to-video (no first frame and no reference) on /v3/async/\(Self.seedance2PathSegment)")
        }
    }
}
