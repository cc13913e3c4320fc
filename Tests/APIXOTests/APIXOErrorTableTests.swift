import APIXO
import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

/// Every row of `docs/dialects/apixo.md` maps as written: request rows with `code` as a JSON number and as a string,
/// under their HTTP status and inside an HTTP 200 envelope; failed-task rows through `failCode`.
@Suite struct APIXOErrorTableTests {
    static let rows = ErrorTable.rows("apixo.md")
    let dialect = APIXO()

    @Test func everyFailCodeTheSDKKnowsIsPublished() {
        let published = Set(Self.rows.compactMap(\.code))
        #expect(APIXOFailCode.categories.keys.filter { !published.contains($0) } == [])
    }

    @Test(arguments: rows.filter { $0.request != nil })
    func requestErrorMapsAsWritten(_ row: ErrorTableRow) throws {
        let template = Fixtures.json("apixo/\(try #require(row.fixture))")
        for form in row.codeForms {
            let body = try #require(template.setting(["code"], to: form))
            for status in [row.httpStatus, 200] {
                let error = ErrorTableCheck.thrown { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: status, body: body.data)) }
                #expect(ErrorTableCheck.requestProblems(error, row: row, form: form) == [], "\(row) \(form) under HTTP \(status)")
            }
        }
    }

    @Test(arguments: rows.filter { $0.failedTask != nil })
    func failedTaskMapsAsWritten(_ row: ErrorTableRow) throws {
        let code = try #require(row.sampleCode)
        let template = Fixtures.json("apixo/status-failed-content-violation.json")
        let body = try #require(template.setting(["data", "failCode"], to: .string(code)))
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body.data), for: "task_abc123xyz789")
        #expect(ErrorTableCheck.failureProblems(snapshot.failure, row: row, form: .string(code)) == [], "\(row)")
    }

    @Test func anUnknownFailCodeIsTaskFailedWithItsRawText() throws {
        let body = try #require(Fixtures.json("apixo/status-failed-content-violation.json").setting(["data", "failCode"], to: "QUEUE_EVICTED"))
        let failure = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body.data), for: "task_abc123xyz789").failure
        #expect(failure == TaskFailure(category: .taskFailed, code: "QUEUE_EVICTED", message: "Content violates usage policy"))
    }

    @Test func aProcessingTimeoutIsAFailedTaskNotALocalTimeout() throws {
        let response = SeedanceHTTPResponse(status: 200, body: Fixtures.data("apixo/status-failed-timeout.json"))
        let failure = try dialect.parseStatusResponse(response, for: "task_abc123xyz789").failure
        #expect(failure?.category == .taskFailed && failure?.code == "PROCESSING_TIMEOUT")
    }
}
