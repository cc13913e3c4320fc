import Foundation
import SeedanceCore

extension SimulatedModelArk {
    /// `POST /contents/generations/tasks`: validates, creates, answers `{"id"}`.
    func create(_ context: DialectContext) async throws -> SimulatedResponse {
        let body = try context.jsonObject()
        guard let model = try JSONFields(body).string("model", code: "InvalidParameter"), !model.isEmpty else {
            throw SimulatedError.invalidParameter(
                "model", "The request failed because it is missing one or multiple required parameters: model.", code: "MissingParameter")
        }
        let profile = Self.profile(for: model)
        let (settings, input) = try await ContentArrayReader(profile: profile, codebook: Self.codebook).settings(body, in: context)
        if context.configuration.rejectsPrompt(settings.prompt) {
            throw SimulatedError(
                .contentRejected, status: 400, code: "SensitiveContentDetected",
                message: "The request failed because the input text may contain sensitive information.", parameter: "content")
        }
        let task = await settings.createTask(callbackURL: input.callbackURL, in: context)
        return .json(200, ["id": .string(task.id)])
    }

    /// `DELETE /contents/generations/tasks/{id}` with the documented semantics (see the type's documentation).
    func delete(_ context: DialectContext) async throws -> SimulatedResponse {
        let id = try taskID(context)
        let observation = try await visibleTask(id, in: context)
        switch observation.phase {
        case .queued:
            switch await context.cancelTask(id) {
            case .cancelled: return SimulatedResponse(status: 200)
            case .notCancellable(let now): throw Self.notAllowed(now.phase)
            case .notFound: throw SimulatedError.taskNotFound(id, code: "ResourceNotFound")
            }
        case .running, .cancelled:
            throw Self.notAllowed(observation.phase)
        case .succeeded, .failed, .expired:
            _ = await context.deleteTask(id)
            return SimulatedResponse(status: 200)
        }
    }

    private static func notAllowed(_ phase: TaskPhase) -> SimulatedError {
        let status = ModelArkTaskRenderer.status(of: phase)
        return SimulatedError(
            .notAllowed, status: 400, code: "InvalidParameter",
            message: "The task status is \(status), which does not support this operation.", parameter: "id")
    }
}
