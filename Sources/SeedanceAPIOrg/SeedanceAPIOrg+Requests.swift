import Foundation
import SeedanceCore

extension SeedanceAPIOrg {
    /// Checks `request` before anything is sent: another model, a last frame (this API takes one image), fields it
    /// lacks, the prompt (required, ≤ 2000 characters), the image (one URL, no inline data), resolution (480p, 720p),
    /// aspect ratio, duration (4, 8 or 12 s), a public `https` callback URL (loopback is accepted only when
    /// ``baseURL`` is loopback, as with the simulator) and extra fields that would overwrite modelled ones.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) naming the field, the value, what is allowed, the model and
    ///   `seedanceapi.org`.
    public func validate(_ request: VideoRequest) throws {
        var limits = SeedanceAPIOrgModels.model
        if let requested = request.model, requested != limits.id {
            throw SeedanceError.invalid(
                "model", value: requested.rawValue, allowed: limits.id.rawValue, provider: provider, model: limits.id,
                reason: "is not offered (the v1 API serves one model and has no model field)")
        }
        if request.lastFrame != nil {
            throw SeedanceError.invalid(
                "lastFrame", value: request.lastFrame?.summary, allowed: "a first frame only", provider: provider, model: limits.id,
                reason: "is not supported: this API takes one image (a first frame); use the APIXO or ModelArk dialect for first and last frames")
        }
        if BaseURLPolicy.isLoopback(host: baseURL.host ?? "") { limits.callbackMustBePublicHTTPS = false }
        try RequestValidator(provider: provider, model: limits).validate(request)
        for key in request.extraFields.keys.sorted() where SeedanceAPIOrgRequestBody.modelledKeys.contains(key) {
            throw SeedanceError.invalid(
                "extraFields.\(key)", value: nil, allowed: "keys other than " + SeedanceAPIOrgRequestBody.modelledKeys.sorted().joined(separator: ", "),
                provider: provider, model: limits.id, reason: "would overwrite a field the SDK writes (set the VideoRequest property instead)")
        }
    }

    /// `POST {base}/generate` with the JSON body of `SeedanceAPIOrgRequestBody`. Throws `.invalidRequest` when the
    /// body cannot be built (an image that is not a URL).
    public func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        let url = try URLBuilding.url(baseURL, path: ["generate"], provider: provider)
        let body = try SeedanceAPIOrgRequestBody.json(for: request, provider: provider)
        return .createJSON(url, body: try JSONBody.encode(body))
    }

    /// `GET {base}/status?task_id={id}`, the id escaped. Throws `.invalidRequest` for an empty id.
    public func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        guard !id.rawValue.isEmpty else {
            throw SeedanceError.invalid("taskID", value: "\"\"", allowed: "a task id returned by the create request", provider: provider)
        }
        return .getJSON(try URLBuilding.url(baseURL, path: ["status"], query: [("task_id", id.rawValue)], provider: provider))
    }
}
