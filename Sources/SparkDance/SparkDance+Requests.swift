import Foundation
import SeedanceContentArray
import SeedanceCore

extension SparkDance {
    /// Checks `request` against the model's limits (`RequestValidator`) and the content-array rules
    /// (`ContentArrayRules`). Throws `.invalidRequest` naming field, value, what is allowed, model and provider.
    public func validate(_ request: VideoRequest) throws {
        let model = try modelCapabilities(for: request.model ?? defaultModel)
        try ContentArrayRules(provider: provider, model: model).validate(request)
    }

    /// `POST {base}/model/v1/generation` with `{"model": …, "input": [{"params": {…}}]}`; unset fields omitted,
    /// ``VideoRequest/extraFields`` added inside `params`. Throws `.invalidRequest` when an image cannot be encoded.
    public func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        let parameters = try ContentArrayParameters(request, provider: provider)
        let body: JSONValue = [
            "model": .string((request.model ?? defaultModel).rawValue),
            "input": [["params": .object(parameters.jsonObject(adding: request.extraFields))]],
        ]
        let url = try URLBuilding.url(baseURL, path: ["model", "v1", "generation"], provider: provider)
        return .createJSON(url, body: try JSONBody.encode(body))
    }

    /// `GET {base}/model/v1/generation/task/{id}`, the id escaped as one path segment. Throws `.invalidRequest` for
    /// an empty id, `.` or `..`.
    public func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        .getJSON(try URLBuilding.url(baseURL, path: ["model", "v1", "generation", "task", id.rawValue], provider: provider))
    }
}
