import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import SparkDance
import Testing

/// Every row of `docs/dialects/sparkdance.md` maps as written, for each code as a JSON string and as a number.
@Suite struct SparkDanceErrorTableTests {
    static let rows = ErrorTable.rows("sparkdance.md")
    let dialect = SparkDance()

    /// Where a code goes in a fixture: the gateway's `status.error_code`, else `error.code`.
    static func inserting(_ form: JSONValue?, into template: JSONValue) -> JSONValue? {
        guard let form else { return template }
        return template.setting(["status", "error_code"], to: form) ?? template.setting(["error", "code"], to: form)
    }

    @Test func everyCodeTheSDKKnowsIsPublished() {
        let published = Set(Self.rows.compactMap(\.code))
        #expect(SparkDanceErrorCode.all.filter { !published.contains($0.code.rawValue) }.map(\.code) == [])
    }

    @Test(arguments: rows.filter { $0.request != nil })
    func requestErrorMapsAsWritten(_ row: ErrorTableRow) throws {
        let template = Fixtures.json("sparkdance/\(try #require(row.fixture))")
        for form in row.codeForms.map(Optional.some) + (row.code == nil ? [nil] : []) {
            let body = try #require(Self.inserting(form, into: template))
            let error = ErrorTableCheck.thrown { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: row.httpStatus, body: body.data)) }
            #expect(ErrorTableCheck.requestProblems(error, row: row, form: form) == [], "\(row) \(String(describing: form))")
        }
    }

    @Test(arguments: rows.filter { $0.failedTask != nil })
    func failedTaskMapsAsWritten(_ row: ErrorTableRow) throws {
        for form in row.codeForms {
            let template = Fixtures.json("sparkdance/status-failed-object-string-code.json")
            let body = try #require(template.setting(["error", "code"], to: form))
            let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body.data), for: "task_abc001")
            #expect(ErrorTableCheck.failureProblems(snapshot.failure, row: row, form: form) == [], "\(row) \(form)")
        }
    }

    @Test func theGatewayEnvelopeKeepsItsNumericCodeAndMessage() {
        let response = SeedanceHTTPResponse(status: 402, body: Fixtures.data("sparkdance/error-402-gateway.json"))
        let error = ErrorTableCheck.thrown { try dialect.parseStatusResponse(response, for: "task_abc001") }
        #expect(error?.category == .insufficientCredits && error?.providerCode == "40201")
        #expect(error?.message == "Insufficient credits" && error?.taskID == "task_abc001")
        let permission = #"{"status": {"code": 403, "message": "permission denied for this model", "error_code": 40203}}"#
        let underForbidden = ErrorTableCheck.thrown { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 403, body: Data(permission.utf8))) }
        #expect(underForbidden?.category == .insufficientCredits && underForbidden?.providerCode == "40203")
    }

    @Test func anUnknownCodeKeepsItsRawTextAndTheStatusMeaning() throws {
        let body = #"{"error": {"code": 3015777, "error_message": "a new failure"}}"#
        let onRequest = ErrorTableCheck.thrown { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 502, body: Data(body.utf8))) }
        #expect(onRequest?.category == .server && onRequest?.providerCode == "3015777" && onRequest?.message == "a new failure")
        let gateway = #"{"status": {"code": 400, "message": "unknown gateway refusal", "error_code": 40099}}"#
        let unknownGateway = ErrorTableCheck.thrown { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 400, body: Data(gateway.utf8))) }
        #expect(unknownGateway?.category == .invalidRequest && unknownGateway?.providerCode == "40099")
        let failed = #"{"id": "t1", "status": "failed", "error": {"code": "003099999", "error_message": "a new failure"}}"#
        let failure = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(failed.utf8)), for: "t1").failure
        #expect(failure == TaskFailure(category: .taskFailed, code: "003099999", message: "a new failure"))
    }
}
