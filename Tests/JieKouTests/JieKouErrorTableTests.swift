import Foundation
import JieKou
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// Every row of `docs/dialects/jiekou.md` maps as written: the `reason` decides, whatever the HTTP status, with the
/// envelope's `code` as a JSON number and as a string; a failed task's free-text reason by its words.
@Suite struct JieKouErrorTableTests {
    static let rows = ErrorTable.rows("jiekou.md")
    let dialect = JieKou()

    @Test(arguments: rows.filter { $0.request != nil })
    func requestErrorMapsAsWritten(_ row: ErrorTableRow) throws {
        var template = Fixtures.json("jiekou/\(try #require(row.fixture))")
        if let reason = row.sampleCode { template = try #require(template.setting(["reason"], to: .string(reason))) }
        for status in [JSONValue.integer(Int64(row.httpStatus)), .string(String(row.httpStatus))] {
            let body = try #require(template.setting(["code"], to: status))
            let response = SeedanceHTTPResponse(status: row.httpStatus, body: body.data)
            let error = ErrorTableCheck.thrown { try dialect.parseCreateResponse(response) }
            #expect(ErrorTableCheck.requestProblems(error, row: row, form: row.sampleCode.map(JSONValue.string)) == [], "\(row) \(status)")
        }
    }

    @Test(arguments: rows.filter { $0.failedTask != nil })
    func failedTaskMapsAsWritten(_ row: ErrorTableRow) throws {
        let reason = try #require(row.sampleCode)
        let body = try #require(Fixtures.json("jiekou/result-failed.json").setting(["task", "reason"], to: .string(reason)))
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body.data), for: "830d9c90-d53f-4c5a-8009-3f1b2c4d5e6f")
        #expect(ErrorTableCheck.failureProblems(snapshot.failure, row: row, form: nil) == [], "\(row)")
        #expect(snapshot.failure?.message == reason)
    }

    @Test func anInvalidKeyAndAnEmptyBalanceShareA403() {
        let key = ErrorTableCheck.thrown {
            try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 403, body: Fixtures.data("jiekou/error-403-key.json")))
        }
        let balance = ErrorTableCheck.thrown {
            try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 403, body: Fixtures.data("jiekou/error-403-balance.json")))
        }
        #expect(key?.category == .authentication && key?.providerCode == "INVALID_API_KEY")
        #expect(balance?.category == .insufficientCredits && balance?.providerCode == "NOT_ENOUGH_BALANCE")
    }

    @Test func aBillingReasonUnderHTTP400IsInsufficientCredits() {
        let response = SeedanceHTTPResponse(status: 400, body: Fixtures.data("jiekou/error-400-billing.json"))
        let error = ErrorTableCheck.thrown { try dialect.parseStatusResponse(response, for: "t-1") }
        #expect(error?.category == .insufficientCredits && error?.providerCode == "INSUFFICIENT_BALANCE" && error?.httpStatus == 400)
        #expect(error?.message == "insufficient balance, please top up" && error?.taskID == "t-1")
    }

    @Test func anUnknownReasonKeepsItsRawTextAndTheStatusMeaning() {
        let body = #"{"code": 409, "reason": "TASK_STATE_CONFLICT", "message": "conflict", "metadata": {}}"#
        let error = ErrorTableCheck.thrown { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 409, body: Data(body.utf8))) }
        #expect(error?.category == .invalidRequest && error?.providerCode == "TASK_STATE_CONFLICT" && error?.message == "conflict")
    }
}
