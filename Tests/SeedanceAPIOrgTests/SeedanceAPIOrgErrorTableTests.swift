import Foundation
import SeedanceAPIOrg
import SeedanceCore
import SeedanceTestSupport
import Testing

/// Every row of `docs/dialects/seedanceapi.md` maps as written: each request row's fixture under its HTTP status
/// (and, where the body's `code` is a number, with it as a string and inside an HTTP 200 envelope); failed-task rows
/// through `error_message`.
@Suite struct SeedanceAPIOrgErrorTableTests {
    static let rows = ErrorTable.rows("seedanceapi.md")
    let dialect = SeedanceAPIOrg()

    @Test func everyCodeTheSDKKnowsIsPublished() {
        let published = Set(Self.rows.compactMap(\.code))
        #expect(SeedanceAPIOrgErrorCode.categories.keys.filter { !published.contains($0) } == [])
    }

    @Test(arguments: rows.filter { $0.request != nil })
    func requestErrorMapsAsWritten(_ row: ErrorTableRow) throws {
        let fixture = Fixtures.json("seedanceapi/\(try #require(row.fixture))")
        var variants = [(row.httpStatus, fixture)]
        if let number = fixture["code"]?.integerValue, fixture["code"]?.stringValue == nil {
            variants.append((row.httpStatus, try #require(fixture.setting(["code"], to: .string(String(number))))))
            variants.append((200, fixture))
        }
        for (status, body) in variants {
            let error = ErrorTableCheck.thrown { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: status, body: body.data)) }
            #expect(ErrorTableCheck.requestProblems(error, row: row, form: row.code.map(JSONValue.string)) == [], "\(row) under HTTP \(status)")
        }
    }

    @Test(arguments: rows.filter { $0.failedTask != nil })
    func failedTaskMapsAsWritten(_ row: ErrorTableRow) throws {
        let text = try #require(row.sampleCode)
        let body = try #require(Fixtures.json("seedanceapi/status-failed.json").setting(["data", "error_message"], to: .string(text)))
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body.data), for: "seed15abc123def456pro")
        #expect(ErrorTableCheck.failureProblems(snapshot.failure, row: row, form: .string(text)) == [], "\(row)")
    }

    @Test func anUnknownCodeKeepsItsRawText() throws {
        let request = #"{"code": "QUOTA_LOCKED", "message": "account locked"}"#
        let error = ErrorTableCheck.thrown { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 403, body: Data(request.utf8))) }
        #expect(error?.category == .authentication && error?.providerCode == "QUOTA_LOCKED")
        let body = try #require(Fixtures.json("seedanceapi/status-failed.json").setting(["data", "error_message"], to: "UPSTREAM_REJECTED"))
        let failure = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body.data), for: "seed15abc123def456pro").failure
        #expect(failure == TaskFailure(category: .taskFailed, code: "UPSTREAM_REJECTED", message: "UPSTREAM_REJECTED"))
    }
}
