import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// ``SimulatedError``'s constructors: each carries its ``SimulatedError/Reason``, HTTP status and message, which
/// every simulated dialect renders in its provider's error body.
@Suite("Simulated errors: reason, status and message", .timeLimit(.minutes(3)))
struct SimulatedErrorTests {
    @Test("each constructor's reason, status and exact message")
    func constructors() {
        let cases: [(SimulatedError, SimulatedError.Reason, Int, String)] = [
            (.missingAPIKey(), .missingAPIKey, 401, "No API key was provided (expected Authorization: Bearer <key>)."),
            (.invalidAPIKey(), .invalidAPIKey, 401, "The API key is invalid."),
            (.malformedBody("body is not JSON"), .malformedBody, 400, "body is not JSON"),
            (.invalidParameter("duration", "duration must be 5 or 10.", status: 422), .invalidParameter, 422, "duration must be 5 or 10."),
            (.taskNotFound("cgt-1"), .taskNotFound, 404, "The task cgt-1 was not found."),
            (.notAllowed("Task t is running.", code: "NotCancellable", status: 409), .notAllowed, 409, "Task t is running."),
            (.rateLimited(), .rateLimited, 429, "Too many requests. Please retry later."),
            (.serverError(503), .serverError, 503, "The service had an internal error (HTTP 503)."),
            (.serverError(message: "db down"), .serverError, 500, "db down"),
        ]
        for (error, reason, status, message) in cases {
            #expect(error.reason == reason && error.status == status && error.message == message, "\(error)")
        }
        #expect(SimulatedError.invalidParameter("duration", "x").parameter == "duration")
        #expect(SimulatedError.notAllowed("x", code: "NotCancellable").code == "NotCancellable")
        #expect(SimulatedError.missingAPIKey().code == nil && SimulatedError.missingAPIKey().parameter == nil)
    }

    @Test("a dialect renders the reason as its code when the error names none (the toy's 404 and 429)")
    func renderedByTheDialect() async throws {
        let simulator = Simulator.toy()
        let missing = try await ToyClient(simulator).status("toy-none")
        #expect(missing["error"]?["code"] == "NotFound" && missing["error"]?["message"] == "The task toy-none was not found.")
        simulator.injectNext(.rateLimited(retryAfter: .seconds(2)), on: [.create])
        let limited = try await ToyClient(simulator).send(.post, "/tasks", body: ["prompt": "p"])
        #expect(limited.status == SimulatedError.rateLimited().status && limited.json["error"]?["code"] == "TooMany")
        #expect(limited.response.headers["Retry-After"] == "2")
    }
}
