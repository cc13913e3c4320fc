import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

@Suite struct ModelArkErrorTests {
    let dialect = ModelArk.byteplus()

    static let rows: [(String, SeedanceError.Category)] = [
        ("MissingParameter", .invalidRequest), ("InvalidParameter", .invalidRequest), ("InvalidParameter.Duration", .invalidRequest),
        ("MissingParameter.Content", .invalidRequest),
        ("SensitiveContentDetected", .contentRejected), ("SensitiveContentDetected.SevereViolation", .contentRejected),
        ("SensitiveContentDetected.Violence", .contentRejected), ("InputTextSensitiveContentDetected", .contentRejected),
        ("InputImageSensitiveContentDetected", .contentRejected), ("OutputVideoSensitiveContentDetected", .contentRejected),
        ("AuthenticationError", .authentication), ("AccessDenied", .authentication), ("AccountOverdueError", .insufficientCredits),
        ("InvalidEndpoint.ClosedEndpoint", .notFound), ("InvalidEndpoint.NotFound", .notFound), ("InvalidEndpoint.Other", .notFound),
        ("TooManyRequests", .rateLimited(retryAfter: nil)), ("RateLimitExceeded.EndpointTPMExceeded", .rateLimited(retryAfter: nil)),
        ("RateLimitExceeded.EndpointRPMExceeded", .rateLimited(retryAfter: nil)), ("QuotaExceeded", .rateLimited(retryAfter: nil)),
        ("ServerOverloaded", .rateLimited(retryAfter: nil)), ("InternalServiceError", .server),
    ]

    @Test(arguments: rows)
    func envelopeCodeMapsToItsCategory(_ code: String, _ category: SeedanceError.Category) {
        let body = Data(#"{"error": {"code": "\#(code)", "message": "m", "param": "", "type": "BadRequest"}}"#.utf8)
        #expect { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 400, body: body)) } throws: { error in
            let error = error as? SeedanceError
            // The unavailable-model codes explain themselves before the provider's message (ModelArkUnavailableModel).
            let message = code == "InvalidEndpoint.NotFound" ? error?.message.hasSuffix("or use a listed model: m") : error?.message == "m"
            return error?.category.isSameKind(as: category) == true && error?.providerCode?.rawValue == code && message == true
                && error?.field == nil
        }
    }

    @Test(arguments: rows)
    func failedTaskCodeMapsToItsCategory(_ code: String, _ category: SeedanceError.Category) throws {
        let body = Data(#"{"id": "cgt-1", "status": "failed", "error": {"code": "\#(code)", "message": "m"}}"#.utf8)
        let failure = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body), for: "cgt-1").failure
        #expect(failure == TaskFailure(category: TaskFailure.category(forFailedTaskMeaning: category), code: ProviderCode(rawValue: code), message: "m"))
    }

    @Test func unknownCodesFallBackToTheHTTPStatusOrTaskFailed() throws {
        let body = Data(#"{"error": {"code": "SomethingNew", "message": "m"}}"#.utf8)
        #expect { try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 503, body: body), for: "cgt-1") } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .server && error?.providerCode == "SomethingNew" && error?.taskID == "cgt-1"
        }
        let failed = Data(#"{"id": "cgt-1", "status": "failed", "error": {"code": "SomethingNew", "message": "m"}}"#.utf8)
        #expect(try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: failed), for: "cgt-1").failure?.category == .taskFailed)
    }

    @Test func error400NamesTheParameter() {
        let response = SeedanceHTTPResponse(status: 400, headers: ["X-Request-Id": "0217434146190"], body: Fixtures.data("modelark/error-400.json"))
        #expect { try dialect.parseCreateResponse(response) } throws: { error in
            guard let error = error as? SeedanceError else { return false }
            return error.category == .invalidRequest && error.providerCode == "InvalidParameter" && error.field == "duration"
                && error.httpStatus == 400 && error.requestID == "0217434146190" && error.provider == "byteplus"
                && error.message.hasPrefix("The parameter `duration` specified in the request is not valid.")
        }
    }

    @Test func error401IsAuthentication() {
        let response = SeedanceHTTPResponse(status: 401, body: Fixtures.data("modelark/error-401.json"))
        #expect { try dialect.parseStatusResponse(response, for: "cgt-1") } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .authentication && error?.providerCode == "AuthenticationError" && error?.field == nil
        }
    }

    @Test func error429CarriesRetryAfter() {
        let response = SeedanceHTTPResponse(status: 429, headers: ["Retry-After": "12"], body: Fixtures.data("modelark/error-429.json"))
        #expect { try dialect.parseCreateResponse(response) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .rateLimited(retryAfter: .seconds(12)) && error?.providerCode == "RateLimitExceeded.EndpointRPMExceeded"
        }
    }

    @Test func bodiesThatAreNotTheEnvelopeStillMapByStatus() {
        #expect { try dialect.parseListResponse(SeedanceHTTPResponse(status: 502, body: Data("<html>bad gateway</html>".utf8))) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .server && error?.providerCode == nil && error?.bodyExcerpt == "<html>bad gateway</html>"
        }
    }
}
