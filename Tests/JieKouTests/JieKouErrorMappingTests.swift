import Foundation
import Testing
import JieKou
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport

/// Every documented error reason, from the create and the result call.
@Suite struct JieKouErrorMappingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var status: Int
        var body: Data
        var headers: SeedanceHTTPHeaders = [:]
        var category: SeedanceError.Category
        var code: ProviderCode?
        var message: String?
        var testDescription: String { "\(status) \(code?.rawValue ?? "-") → \(category.name)" }

        init(_ status: Int, fixture: String, headers: SeedanceHTTPHeaders = [:], _ category: SeedanceError.Category, code: ProviderCode, message: String) {
            self.status = status
            self.body = Fixtures.data("jiekou/\(fixture)")
            self.headers = headers
            self.category = category
            self.code = code
            self.message = message
        }

        init(_ status: Int, reason: String, headers: SeedanceHTTPHeaders = [:], _ category: SeedanceError.Category) {
            self.status = status
            self.body = Data(#"{"code": \#(status), "reason": "\#(reason)", "message": "m-\#(reason)", "metadata": {}}"#.utf8)
            self.headers = headers
            self.category = category
            self.code = ProviderCode(rawValue: reason)
            self.message = "m-\(reason)"
        }

        init(_ status: Int, raw: String, _ category: SeedanceError.Category, code: ProviderCode?, message: String?) {
            self.status = status
            self.body = Data(raw.utf8)
            self.category = category
            self.code = code
            self.message = message
        }
    }

    static let cases: [Case] = [
        Case(400, fixture: "error-400.json", .invalidRequest, code: "INVALID_REQUEST_BODY", message: "duration: must be an integer between 4 and 12"),
        Case(401, fixture: "error-401.json", .authentication, code: "FAILED_TO_AUTH", message: "failed to authenticate the API key"),
        Case(403, fixture: "error-403-balance.json", .insufficientCredits, code: "NOT_ENOUGH_BALANCE", message: "not enough balance"),
        Case(
            429, fixture: "error-429.json", headers: ["Retry-After": "7"], .rateLimited(retryAfter: .seconds(7)), code: "RATE_LIMIT_EXCEEDED",
            message: "rate limit exceeded, please retry later"),
        Case(403, reason: "INVALID_API_KEY", .authentication),
        Case(403, reason: "ACCESS_DENY", .authentication),
        Case(404, reason: "MODEL_NOT_FOUND", .notFound),
        Case(429, reason: "TOKEN_LIMIT_EXCEEDED", .rateLimited(retryAfter: nil)),
        Case(429, reason: "RATE_LIMIT_EXCEEDED", headers: ["retry-after-ms": "1500"], .rateLimited(retryAfter: .milliseconds(1500))),
        Case(503, reason: "SERVICE_NOT_AVAILABLE", .server),
        Case(400, reason: "SERVICE_NOT_AVAILABLE", .server),
        Case(404, reason: "TASK_NOT_FOUND", .notFound),
        Case(418, reason: "SOMETHING_NEW", .invalidRequest),
        Case(502, raw: "<html>Bad Gateway</html>", .server, code: nil, message: "HTTP 502 from jiekou"),
        Case(401, raw: #"{"code": 401, "message": "no reason given"}"#, .authentication, code: "401", message: "no reason given"),
        Case(500, raw: "", .server, code: nil, message: "HTTP 500 from jiekou"),
    ]

    func check(_ error: SeedanceError?, _ expected: Case, taskID: TaskID?) {
        #expect(error?.category == expected.category)
        #expect(error?.providerCode == expected.code)
        #expect(error?.message == expected.message)
        #expect(error?.httpStatus == expected.status)
        #expect(error?.provider == "jiekou")
        #expect(error?.requestID == "req-42")
        #expect(error?.taskID == taskID)
    }

    func response(_ expected: Case) -> SeedanceHTTPResponse {
        var headers = expected.headers
        headers["X-Request-Id"] = "req-42"
        return SeedanceHTTPResponse(status: expected.status, headers: headers, body: expected.body)
    }

    @Test(arguments: cases)
    func createErrors(_ expected: Case) {
        let error = #expect(throws: SeedanceError.self) { try JieKou().parseCreateResponse(response(expected)) }
        check(error, expected, taskID: nil)
    }

    @Test(arguments: cases)
    func resultErrorsCarryTheTaskID(_ expected: Case) {
        let error = #expect(throws: SeedanceError.self) { try JieKou().parseStatusResponse(response(expected), for: "t-1") }
        check(error, expected, taskID: "t-1")
    }

    @Test func theBodyExcerptIsKeptAndTheReasonNamesTheCodeInTheDescription() {
        let error = JieKouErrorMapping.error(for: response(Self.cases[2]), provider: "novita")
        #expect(error.bodyExcerpt?.contains("NOT_ENOUGH_BALANCE") == true)
        #expect(error.description.contains("code NOT_ENOUGH_BALANCE"))
        #expect(error.description.contains("[novita] HTTP 403"))
    }

    @Test func reasonsAreComparedIgnoringCase() {
        #expect(JieKouErrorMapping.category(forReason: "not_enough_balance") == .insufficientCredits)
        #expect(JieKouErrorMapping.category(forReason: "NEW_REASON") == nil)
    }
}
