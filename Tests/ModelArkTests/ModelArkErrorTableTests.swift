import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// Every row of `docs/dialects/modelark.md` maps as written: each code, put into its family's fixture, becomes the
/// row's category and retryability on a request, and its failed-task category on a failed task.
@Suite struct ModelArkErrorTableTests {
    static let rows = ErrorTable.rows("modelark.md")
    let dialect = ModelArk.byteplus()

    @Test func theSDKTableAndThePublishedTableListTheSameCodes() {
        #expect(Self.rows.compactMap(\.code).sorted() == ModelArkErrorCode.table.map(\.code).sorted())
    }

    @Test(arguments: rows.filter { $0.request != nil })
    func requestErrorMapsAsWritten(_ row: ErrorTableRow) throws {
        let template = Fixtures.json("modelark/\(try #require(row.fixture))")
        for form in row.codeForms {
            let body = try #require(template.setting(["error", "code"], to: form))
            let response = SeedanceHTTPResponse(status: row.httpStatus, headers: ["X-Request-Id": "req-1"], body: body.data)
            let error = ErrorTableCheck.thrown { try dialect.parseCreateResponse(response) }
            #expect(ErrorTableCheck.requestProblems(error, row: row, form: form) == [], "\(row)")
            #expect(error?.httpStatus == row.httpStatus && error?.requestID == "req-1", "\(row)")
        }
    }

    @Test(arguments: rows.filter { $0.failedTask != nil })
    func failedTaskMapsAsWritten(_ row: ErrorTableRow) throws {
        for form in row.codeForms {
            let body = try #require(Fixtures.json("modelark/task-failed.json").setting(["error", "code"], to: form))
            let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body.data), for: "cgt-20250331180102-k2r8w")
            #expect(ErrorTableCheck.failureProblems(snapshot.failure, row: row, form: form) == [], "\(row)")
        }
    }

    @Test func theOutputModerationFixtureIsAContentRejectedFailure() throws {
        let response = SeedanceHTTPResponse(status: 200, body: Fixtures.data("modelark/task-failed-output-moderation.json"))
        let failure = try dialect.parseStatusResponse(response, for: "cgt-20260801120102-x7q2m").failure
        #expect(failure?.category == .contentRejected && failure?.code == "OutputVideoSensitiveContentDetected")
    }

    @Test func anUnknownCodeKeepsItsRawTextAndTheStatusMeaning() throws {
        let body = #"{"error": {"code": "BrandNewCode.Sub", "message": "something new"}}"#
        let onRequest = ErrorTableCheck.thrown { try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 503, body: Data(body.utf8)), for: "cgt-1") }
        #expect(onRequest?.category == .server && onRequest?.providerCode == "BrandNewCode.Sub" && onRequest?.message == "something new")
        #expect(onRequest?.retryable == nil && onRequest?.isRetryable == true)
        let onTooMany = ErrorTableCheck.thrown { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 429, body: Data(body.utf8))) }
        #expect(onTooMany?.category == .rateLimited(retryAfter: nil) && onTooMany?.isRetryable == true)
        let failed = Data(#"{"id": "cgt-1", "status": "failed", "error": {"code": "BrandNewCode.Sub", "message": "m"}}"#.utf8)
        let failure = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: failed), for: "cgt-1").failure
        #expect(failure == TaskFailure(category: .taskFailed, code: "BrandNewCode.Sub", message: "m"))
    }

    @Test func onlyLimitsThatAreNotRatesVetoRetries() {
        func response(_ name: String, _ status: Int) -> SeedanceHTTPResponse { SeedanceHTTPResponse(status: status, body: Fixtures.data("modelark/\(name)")) }
        #expect(!dialect.allowsRetry(of: response("error-429-set-limit.json", 429)))
        #expect(dialect.allowsRetry(of: response("error-429.json", 429)))
        #expect(dialect.allowsRetry(of: response("error-500.json", 500)))
        #expect(dialect.allowsRetry(of: SeedanceHTTPResponse(status: 429, body: Data("<html>busy</html>".utf8))))
    }
}
