import Foundation
import SeedanceCore

extension APIXO {
    /// Checks `request` before anything is sent: a model other than the configured one, fields APIXO lacks, the prompt
    /// (3…2500 characters), images (at most two, URLs only, JPG/PNG/WebP), resolution (480p, 720p), aspect ratio (no
    /// `adaptive`), duration (4…12 s), an `https` public callback URL (loopback is accepted only when ``baseURL`` is
    /// loopback, as with the simulator) and extra fields that would overwrite modelled ones.
    ///
    /// On the Seedance 2.0 models (`seedance-2-0`, `-fast`, `-mini`) the shared checks use their limits (prompt
    /// required, 4…15 s, `adaptive` sent as `auto`, 1080p on `seedance-2-0` only, references 9/3/3 as URLs, audio
    /// never alone), and this dialect adds one rule: frames and references cannot be mixed, as both would travel in
    /// `image_urls`.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) naming the field, the value, what is allowed, the model and
    ///   `apixo`.
    public func validate(_ request: VideoRequest) throws {
        if let requested = request.model, requested != model {
            throw SeedanceError.invalid(
                "model", value: requested.rawValue, allowed: model.rawValue, provider: provider, model: model,
                reason: "differs from the dialect's model (status URLs must name the model a task was created with; configure APIXO(model:) instead)")
        }
        guard var limits = capabilities.model(model) else {
            throw SeedanceError.invalid("model", value: model.rawValue, allowed: "seedance-1-5-pro", provider: provider)
        }
        let seedance2 = APIXOSeedance2Models.contains(model)
        if seedance2 { _ = try APIXOSeedance2Input.Mode.of(request, provider: provider, model: model) }
        if BaseURLPolicy.isLoopback(host: baseURL.host ?? "") { limits.callbackMustBePublicHTTPS = false }
        try RequestValidator(provider: provider, model: limits).validate(request)
        let modelledKeys = seedance2 ? APIXOSeedance2Input.modelledKeys : APIXORequestBody.modelledInputKeys
        for key in request.extraFields.keys.sorted() where modelledKeys.contains(key) {
            throw SeedanceError.invalid(
                "extraFields.\(key)", value: nil, allowed: "keys other than " + modelledKeys.sorted().joined(separator: ", "),
                provider: provider, model: model, reason: "would overwrite a field the SDK writes (set the VideoRequest property instead)")
        }
    }

    /// `POST {base}/api/v1/generateTask/{model}` with the JSON body of `APIXORequestBody`. Throws `.invalidRequest`
    /// when the body cannot be built (an image that is not a URL, a colliding extra field).
    public func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        let url = try URLBuilding.url(baseURL, path: ["api", "v1", "generateTask", model.rawValue], provider: provider)
        let body = try APIXORequestBody.json(for: request, model: model, routing: routing, provider: provider)
        return .createJSON(url, body: try JSONBody.encode(body))
    }

    /// `GET {base}/api/v1/statusTask/{model}?taskId={id}`, the id escaped. Throws `.invalidRequest` for an empty id.
    public func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        guard !id.rawValue.isEmpty else {
            throw SeedanceError.invalid("taskID", value: "\"\"", allowed: "a task id returned by the create request", provider: provider)
        }
        let url = try URLBuilding.url(baseURL, path: ["api", "v1", "statusTask", model.rawValue], query: [("taskId", id.rawValue)], provider: provider)
        return .getJSON(url)
    }
}
