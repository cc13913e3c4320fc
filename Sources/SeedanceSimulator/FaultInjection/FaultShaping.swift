import Foundation
import SeedanceCore

/// Turns a chosen ``FaultKind`` into the answer a face delivers: before the dialect runs for faults that do nothing
/// (``FaultKind/actsOnRequest`` is `false`), after it for the others.
enum FaultShaping {
    /// The answer for a fault that stops the request before it is acted on, or `nil` for a fault that lets it
    /// through (then call ``damage(_:with:)`` on the dialect's answer).
    static func answerWithoutActing(_ kind: FaultKind, dialect: any SimulatedDialect) -> SimulatedResponse? {
        switch kind {
        case .rateLimited(let retryAfter):
            var response = dialect.errorResponse(for: .rateLimited())
            response.headers["Retry-After"] = String(Int64(retryAfter.timeInterval.rounded(.up)))
            return response
        case .serverError(let status):
            return dialect.errorResponse(for: .serverError(status))
        case .resetBeforeRead:
            return SimulatedResponse(status: 0, delivery: .refuseConnection)
        case .resetAfterCommit, .truncatedBody, .nonJSONBody, .resetMidBody, .slowAnswer, .serverErrorAfterCommit:
            return nil
        }
    }

    /// `response` damaged by a fault that shows after the request was acted on.
    static func damage(_ response: SimulatedResponse, with kind: FaultKind, dialect: any SimulatedDialect) -> SimulatedResponse {
        var damaged = response
        switch kind {
        case .serverErrorAfterCommit(let status):
            damaged = dialect.errorResponse(for: .serverError(status))
        case .resetAfterCommit:
            damaged.delivery = .resetConnection
        case .truncatedBody:
            switch response.body {
            case .data(let data): damaged.body = .data(data.prefix(data.count / 2))
            case .generated(let count): damaged.body = .generated(byteCount: count / 2)
            }
        case .nonJSONBody:
            damaged.headers["Content-Type"] = "text/html; charset=utf-8"
            damaged.body = .data(Data("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>\n".utf8))
        case .resetMidBody:
            damaged.delivery = .cutBody(afterBytes: Int(min(response.body.byteCount / 2, Int64(Int.max))))
        case .slowAnswer(let delay):
            damaged.delivery = .delay(delay)
        case .rateLimited, .serverError, .resetBeforeRead:
            break
        }
        return damaged
    }
}
