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
    /// `adaptive` is accepted on text-to-video: JieKou's page documents its text-to-video meaning (the model picks the
    /// ratio from the prompt). A third-party gateway that allows it only with an image is not the host's rule.
    ///
    /// Seedance 2.0 and 2.0 fast (``ModelID/jiekouSeedance2_0``, ``ModelID/jiekouSeedance2_0Fast``) go to the one route
    /// `/v3/async/seedance-2.0`; after the shared checks (fields, per-host resolutions, 4…15 s or auto, references),
    /// this dialect adds: a prompt is required when there is no image and no reference (text-to-video), a forced
    /// 1.5 Pro endpoint does not apply, and `fast` is never an extra field. Assets and inline video, which the
    /// capabilities refuse, are refused again when the body is built, so neither can reach the wire.
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
        if JieKouModels.isSeedance2(model.id) {
            try checkSeedance2Rules(request, model: model.id)
            try JieKouSeedance2Body.checkExtraFields(request, provider: provider, model: model.id)
            return
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

    /// The Seedance 1.5 Pro endpoint `request` goes to: the forced one, else image-to-video when it has a first frame.
    /// A Seedance 2.0 request goes to `/v3/async/seedance-2.0` whatever this says (``seedance2PathSegment``).
    public func endpoint(for request: VideoRequest) -> JieKouEndpoint {
        forcedEndpoint ?? JieKouEndpoint.automatic(for: request)
    }

    /// The create request: `POST {base}/v3/async/{model}-{i2v|t2v}` with the flat JSON body for Seedance 1.5 Pro,
    /// `POST {base}/v3/async/seedance-2.0` (with `fast` from the model) for Seedance 2.0 and 2.0 fast.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) for an unknown model, a request that breaks the endpoint's
    ///   rules, or a body that cannot be built (see ``validate(_:)`` for the full checks).
    public func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        let model = try modelCapabilities(for: request)
        if JieKouModels.isSeedance2(model.id) {
            try checkSeedance2Rules(request, model: model.id)
            let members = try JieKouSeedance2Body.members(for: request, provider: provider, model: model.id)
            let url = try URLBuilding.url(baseURL, path: ["v3", "async", JieKou.seedance2PathSegment], provider: provider)
            return .createJSON(url, body: try JSONBody.encode(members))
        }
        let endpoint = endpoint(for: request)
        try checkEndpointRules(request, endpoint: endpoint, model: model.id)
        let members = try JieKouCreateBody.members(for: request, provider: provider, model: model.id)
        let url = try URLBuilding.url(baseURL, path: ["v3", "async", endpoint.pathSegment(for: model.id)], provider: provider)
        return .createJSON(url, body: try JSONBody.encode(members))
    }

    /// `GET {base}/v3/async/task-result?task_id={id}`, the id percent-encoded so it cannot change the query. Sends
    /// `Content-Type: application/json` too, as the provider's documents mark it required on this GET.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) for an empty id.
    public func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        guard !id.rawValue.isEmpty else {
            throw SeedanceError.invalid("taskID", value: "\"\"", allowed: "a non-empty task id", provider: provider)
        }
        let url = try URLBuilding.url(baseURL, path: ["v3", "async", "task-result"], query: [("task_id", id.rawValue)], provider: provider)
        var request = SeedanceHTTPRequest.getJSON(url)
        request.headers["Content-Type"] = "application/json"
        return request
    }
}
