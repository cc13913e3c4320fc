import Foundation
import SeedanceCore

extension JieKou {
    /// Checks `request` before anything is sent: first the shared `RequestValidator` against this host's
    /// ``capabilities`` (supported fields, ratio, per-host resolution, duration 4…12 whole seconds, fps 24, seed,
    /// expiry, tier, images), then this dialect's rules:
    ///
    /// - the model must be Seedance 1.5 Pro (the endpoint path is built from it);
    /// - image-to-video (chosen by a first frame, or forced) requires `firstFrame`;
    /// - text-to-video (forced) takes no `firstFrame` / `lastFrame`, and needs a non-empty prompt [INFERRED: the
    ///   documents do not mark it, but a text-only request has nothing else to generate from];
    /// - an ``VideoRequest/extraFields`` key may not repeat a field the request sets.
    ///
    /// `adaptive` is accepted on text-to-video: seed 002 documents its text-to-video meaning (the model picks the
    /// ratio from the prompt). A third-party gateway that allows it only with an image is not the host's rule.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) naming field, value, what is allowed, model and provider.
    public func validate(_ request: VideoRequest) throws {
        let model = try modelCapabilities(for: request)
        do {
            try RequestValidator(provider: provider, model: model).validate(request)
        } catch var error as SeedanceError where error.model == nil {
            error.model = model.id  // the image inspector's errors do not know the model
            throw error
        }
        try checkEndpointRules(request, endpoint: endpoint(for: request), model: model.id)
        try JieKouCreateBody.checkExtraFields(request, provider: provider, model: model.id)
    }

    /// The limits of the model `request` names (or the default), from this host's capabilities.
    func modelCapabilities(for request: VideoRequest) throws -> ModelCapabilities {
        let id = request.model ?? defaultModel
        guard let model = capabilities.model(id) else {
            throw SeedanceError.invalid(
                "model", value: id.rawValue, allowed: capabilities.models.map(\.id.rawValue).joined(separator: ", "),
                provider: provider, model: id, reason: "is not offered by this dialect")
        }
        return model
    }

    /// The rules that depend on the endpoint.
    func checkEndpointRules(_ request: VideoRequest, endpoint: JieKouEndpoint, model: ModelID) throws {
        let path = endpoint.pathSegment(for: model)
        switch endpoint {
        case .imageToVideo:
            if request.firstFrame == nil {
                throw SeedanceError.invalid(
                    "firstFrame", value: nil, allowed: "an image URL or image bytes", provider: provider, model: model,
                    reason: "is required on the image-to-video endpoint \(path)")
            }
        case .textToVideo:
            for (field, image) in [("firstFrame", request.firstFrame), ("lastFrame", request.lastFrame)] where image != nil {
                throw SeedanceError.invalid(
                    field, value: image?.summary, allowed: "no image (use the image-to-video endpoint)", provider: provider,
                    model: model, reason: "is not accepted by the text-to-video endpoint \(path)")
            }
            let prompt = request.prompt ?? ""
            if prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw SeedanceError.invalid(
                    "prompt", value: request.prompt == nil ? nil : "\"\(prompt)\"", allowed: "a non-empty text",
                    provider: provider, model: model, reason: "is required on the text-to-video endpoint \(path)")
            }
        }
    }
}
