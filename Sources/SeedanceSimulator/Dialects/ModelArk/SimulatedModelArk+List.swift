import Foundation
import SeedanceCore

extension SimulatedModelArk {
    /// `GET /contents/generations/tasks`: `page_num` (default 1) and `page_size` (default 10), each 1 … 500;
    /// `filter.status` (one status), `filter.task_ids` (repeated, or comma-separated), `filter.model`,
    /// `filter.service_tier`. Answers `{"total": <matching tasks>, "items": [<one page, newest first>]}`.
    func list(_ context: DialectContext) async throws -> SimulatedResponse {
        let request = context.request
        let pageNumber = try Self.page(request, "page_num", default: 1)
        let pageSize = try Self.page(request, "page_size", default: 10)
        let status = request.query("filter.status").flatMap { $0.isEmpty ? nil : $0 }
        if let status, !ModelArkTaskRenderer.statuses.contains(status) {
            throw SimulatedError.invalidParameter(
                "filter.status", "The parameter `filter.status` specified in the request is not valid: \"\(status)\".", code: "InvalidParameter")
        }
        let tier = request.query("filter.service_tier").flatMap { $0.isEmpty ? nil : $0 }
        if let tier, !["default", "flex"].contains(tier) {
            throw SimulatedError.invalidParameter(
                "filter.service_tier", "The parameter `filter.service_tier` specified in the request is not valid: \"\(tier)\".", code: "InvalidParameter")
        }
        let ids = Set(request.queryValues("filter.task_ids").flatMap { $0.split(separator: ",").map(String.init) })
        let model = request.query("filter.model").flatMap { $0.isEmpty ? nil : $0 }
        let matching = await context.observeAllTasks().filter { observation in
            guard Self.isVisible(observation) else { return false }
            if let status, ModelArkTaskRenderer.status(of: observation.phase) != status { return false }
            if !ids.isEmpty, !ids.contains(observation.id) { return false }
            if let model, observation.task.model != model { return false }
            if let tier, ContentArraySettings(json: observation.task.params)?.serviceTier != tier { return false }
            return true
        }
        let renderer = ModelArkTaskRenderer()
        let page = matching.dropFirst((pageNumber - 1) * pageSize).prefix(pageSize).map(renderer.render)
        return .json(200, ["total": .integer(Int64(matching.count)), "items": .array(Array(page))])
    }

    private static func page(_ request: SimulatedRequest, _ name: String, default fallback: Int) throws -> Int {
        guard let text = request.query(name), !text.isEmpty else { return fallback }
        guard let value = Int(text), (1...500).contains(value) else {
            throw SimulatedError.invalidParameter(
                name, "The parameter `\(name)` specified in the request is not valid: it must be an integer between 1 and 500; got \"\(text)\".",
                code: "InvalidParameter")
        }
        return value
    }
}
