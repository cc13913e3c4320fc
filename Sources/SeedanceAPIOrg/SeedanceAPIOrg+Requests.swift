import Foundation
import SeedanceCore

extension SeedanceAPIOrg {
    /// Checks `request` before anything is sent: another model, a last frame (this API takes one image), fields it
    /// lacks, the prompt (required, ≤ 2000 characters), the image (one URL, no inline data), resolution (480p, 720p),
    /// aspect ratio, duration (4, 8 or 12 s), a public `https` callback URL (loopback is accepted only when
    /// ``baseURL`` is loopback, as with the simulator) and extra fields that would overwrite modelled ones.
    ///
    /// On the v2 models the limits are theirs (5/10/15 s, mini 4…15 s; four ratios; up to four reference image
    /// URLs; mini's resolution and reference video URLs) and this dialect adds: a model of the other API version is
    /// refused, frames are refused (v2's `images` are read as references), and an aspect ratio is refused with images
    /// (the provider documents it for text-to-video only).
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) naming the field, the value, what is allowed, the model and
    ///   `seedanceapi.org`.
    public func validate(_ request: VideoRequest) throws {
        let id = request.model ?? model
        guard var limits = capabilities.model(id), SeedanceAPIOrgSeedance2Models.contains(id) == speaksV2 else {
            let sameVersion = capabilities.models.map(\.id).filter { SeedanceAPIOrgSeedance2Models.contains($0) == speaksV2 }
            throw SeedanceError.invalid(
                "model", value: id.rawValue, allowed: sameVersion.map(\.rawValue).joined(separator: ", "), provider: provider, model: id,
                reason: speaksV2
                    ? "is not offered by the v2 API this dialect speaks (configure SeedanceAPIOrg(model:) with seedance-1.5 for v1)"
                    : "is not offered (the v1 API serves one model and has no model field; configure SeedanceAPIOrg(model:) with a Seedance 2.0 model for v2)")
        }
        if speaksV2 {
            try checkSeedance2Rules(request, model: id)
        } else if request.lastFrame != nil {
            throw SeedanceError.invalid(
                "lastFrame", value: request.lastFrame?.summary, allowed: "a first frame only", provider: provider, model: limits.id,
                reason: "is not supported: this API takes one image (a first frame); use the APIXO or ModelArk dialect for first and last frames")
        }
        if BaseURLPolicy.isLoopback(host: baseURL.host ?? "") { limits.callbackMustBePublicHTTPS = false }
        try RequestValidator(provider: provider, model: limits).validate(request)
        let modelledKeys = speaksV2 ? SeedanceAPIOrgV2Body.modelledKeys : SeedanceAPIOrgRequestBody.modelledKeys
        for key in request.extraFields.keys.sorted() where modelledKeys.contains(key) {
            throw SeedanceError.invalid(
                "extraFields.\(key)", value: nil, allowed: "keys other than " + modelledKeys.sorted().joined(separator: ", "),
                provider: provider, model: limits.id, reason: "would overwrite a field the SDK writes (set the VideoRequest property instead)")
        }
    }

    /// `POST {base}/generate` with the JSON body of `SeedanceAPIOrgRequestBody` (v1) or `SeedanceAPIOrgV2Body` (v2).
    /// Throws `.invalidRequest` when the body cannot be built (an image that is not a URL).
    public func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        let url = try URLBuilding.url(baseURL, path: ["generate"], provider: provider)
        let body =
            speaksV2
            ? try SeedanceAPIOrgV2Body.json(for: request, model: request.model ?? model, provider: provider)
            : try SeedanceAPIOrgRequestBody.json(for: request, provider: provider)
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
