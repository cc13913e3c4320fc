import Foundation
import Testing
import APIXO
import SeedanceCore
import SeedanceTestSupport

@Suite struct APIXOResponseTests {
    let dialect = APIXO()
    let id: TaskID = "task_abc123xyz789"

    func response(_ fixture: String, status: Int = 200, headers: SeedanceHTTPHeaders = [:]) -> SeedanceHTTPResponse {
        SeedanceHTTPResponse(status: status, headers: headers, body: Fixtures.data("apixo/\(fixture)"))
    }

    func ms(_ millis: Double) -> Date { Date(timeIntervalSince1970: millis / 1000) }

    @Test func createAnswerGivesTheTaskID() throws {
        #expect(try dialect.parseCreateResponse(response("create.response.json")) == "task_12345678")
    }

    @Test func createAnswerWithoutIDIsADecodingError() {
        let body = SeedanceHTTPResponse(status: 200, body: Data(#"{"code":200,"message":"success","data":{}}"#.utf8))
        let error = #expect(throws: SeedanceError.self) { try dialect.parseCreateResponse(body) }
        #expect(error?.category == .decoding)
        let noData = SeedanceHTTPResponse(status: 200, body: Data(#"{"code":200,"message":"success"}"#.utf8))
        #expect((#expect(throws: SeedanceError.self) { try dialect.parseCreateResponse(noData) })?.category == .decoding)
    }

    @Test func pendingAndProcessing() throws {
        let pending = try dialect.parseStatusResponse(response("status-pending.json"), for: id)
        #expect(pending.id == id)
        #expect(pending.status == .queued)
        #expect(pending.rawStatus == "pending")
        #expect(pending.createdAt == ms(1_704_067_200_000))
        #expect(pending.completedAt == nil)
        #expect(pending.videoURL == nil)
        #expect(pending.failure == nil)
        #expect(pending.model == "seedance-1-5-pro")
        let processing = try dialect.parseStatusResponse(response("status-processing.json"), for: id)
        #expect(processing.status == .running)
        #expect(processing.rawStatus == "processing")
    }

    @Test func successDecodesResultJSONTwice() throws {
        let snapshot = try dialect.parseStatusResponse(response("status-success.json"), for: id)
        #expect(snapshot.status == .succeeded)
        #expect(snapshot.videoURL == URL(string: "https://cdn.apixo.ai/output/abc123.mp4"))
        #expect(snapshot.createdAt == ms(1_704_067_200_000))
        #expect(snapshot.completedAt == ms(1_704_067_212_500))
        #expect(APIXO.processingTime(of: snapshot) == .milliseconds(12_500))
        #expect(snapshot.failure == nil)
        #expect(snapshot.usage == nil)
        #expect(snapshot.raw == Fixtures.json("apixo/status-success.json"))
    }

    @Test func resultJSONGivenAsAnObjectIsAccepted() throws {
        let body = #"{"code":200,"message":"success","data":{"taskId":"t1","state":"success","resultJson":{"resultUrls":["https://cdn/x.mp4"]}}}"#
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(body.utf8)), for: "t1")
        #expect(snapshot.videoURL == URL(string: "https://cdn/x.mp4"))
    }

    @Test func unreadableResultJSONIsADecodingErrorWithTheTaskID() {
        let body = #"{"code":200,"message":"success","data":{"taskId":"t1","state":"success","resultJson":"{not json"}}"#
        let error = #expect(throws: SeedanceError.self) { try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(body.utf8)), for: "t1") }
        #expect(error?.category == .decoding)
        #expect(error?.taskID == "t1")
        #expect(error?.message.contains("resultJson") == true)
    }

    @Test func unknownStateIsKeptRaw() throws {
        let body = #"{"code":200,"message":"success","data":{"taskId":"t1","state":"queued_for_gpu","createTime":"1704067200000"}}"#
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(body.utf8)), for: "t1")
        #expect(snapshot.status == .unknown("queued_for_gpu"))
        #expect(!snapshot.status.isTerminal)
        #expect(snapshot.createdAt == ms(1_704_067_200_000))
    }

    @Test func missingTaskIDFallsBackToTheRequestedOne() throws {
        let body = #"{"code":200,"message":"success","data":{"state":"processing"}}"#
        #expect(try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(body.utf8)), for: "t9").id == "t9")
    }

    @Test(arguments: [
        ("status-failed-content-violation.json", "CONTENT_VIOLATION", "Content violates usage policy", SeedanceError.Category.contentRejected),
        ("status-failed-invalid-image.json", "INVALID_IMAGE_URL", "Cannot access provided image URL", .taskFailed),
        ("status-failed-timeout.json", "PROCESSING_TIMEOUT", "Task processing timed out", .taskFailed),
        ("status-failed-credits.json", "INSUFFICIENT_CREDITS", "Insufficient credits", .insufficientCredits),
        (
            "status-failed-upstream-sensitive.json", "SensitiveContentDetected",
            "The request failed because the input text may contain sensitive information.", .contentRejected
        ),
    ])
    func failedTasksAreSnapshotsWithTheMappedFailure(fixture: String, code: String, message: String, category: SeedanceError.Category) throws {
        let snapshot = try dialect.parseStatusResponse(response(fixture), for: id)
        #expect(snapshot.status == .failed)
        #expect(snapshot.rawStatus == "failed")
        #expect(snapshot.failure == TaskFailure(category: category, code: ProviderCode(rawValue: code), message: message))
        #expect(snapshot.completedAt != nil)
        #expect(snapshot.videoURL == nil)
    }

    @Test(arguments: [
        ("CONTENT_VIOLATION", SeedanceError.Category.contentRejected), ("NSFW_DETECTED", .contentRejected),
        ("PROMPT_TOO_LONG", .taskFailed), ("INVALID_PROMPT", .taskFailed), ("INVALID_IMAGE_URL", .taskFailed),
        ("IMAGE_TOO_LARGE", .taskFailed), ("UNSUPPORTED_FORMAT", .taskFailed), ("IMAGE_DOWNLOAD_FAILED", .taskFailed),
        ("PROCESSING_TIMEOUT", .taskFailed), ("MODEL_UNAVAILABLE", .taskFailed), ("GENERATION_FAILED", .taskFailed),
        ("INSUFFICIENT_CREDITS", .insufficientCredits), ("SensitiveContentDetected", .contentRejected),
        ("SensitiveContentDetected.SevereViolation", .contentRejected), ("InputImageSensitiveContentDetected", .contentRejected),
        ("InvalidParameter", .taskFailed), ("AuthenticationError", .taskFailed), ("AccountOverdueError", .insufficientCredits),
        ("InvalidEndpoint.NotFound", .taskFailed), ("SOMETHING_NEW", .taskFailed),
    ])
    func everyFailCodeMapsToItsCategory(code: String, category: SeedanceError.Category) throws {
        let body = #"{"code":200,"message":"success","data":{"taskId":"t1","state":"failed","failCode":"\#(code)","failMsg":"m"}}"#
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(body.utf8)), for: "t1")
        #expect(snapshot.failure == TaskFailure(category: category, code: ProviderCode(rawValue: code), message: "m"))
    }

    @Test func errorEnvelopeUnderHTTP200IsDetected() {
        for parse in [
            { try dialect.parseStatusResponse(response("error-http200-envelope.json"), for: id) } as () throws -> Any,
            { try dialect.parseCreateResponse(response("error-http200-envelope.json")) },
        ] {
            let error = #expect(throws: SeedanceError.self) { _ = try parse() }
            #expect(error?.category == .invalidRequest)
            #expect(error?.httpStatus == 200)
            #expect(error?.providerCode == "400")
            #expect(error?.message.contains("Invalid request: Missing required field: input.prompt") == true)
        }
    }

    @Test func statusErrorsCarryTheTaskID() {
        let error = #expect(throws: SeedanceError.self) { try dialect.parseStatusResponse(response("error-401.json", status: 401), for: id) }
        #expect(error?.category == .authentication)
        #expect(error?.taskID == id)
        #expect(error?.message.contains("Invalid or missing API Key") == true)
        #expect(error?.bodyExcerpt?.contains("Invalid or missing API Key") == true)
    }

    @Test func rateLimitKeepsTheRetryAfterHint() {
        let error = #expect(throws: SeedanceError.self) {
            try dialect.parseCreateResponse(response("error-429.json", status: 429, headers: ["Retry-After": "7", "X-Request-Id": "req-1"]))
        }
        #expect(error?.category == .rateLimited(retryAfter: .seconds(7)))
        #expect(error?.requestID == "req-1")
        #expect(error?.providerCode == "429")
    }

    @Test(arguments: [
        (400, SeedanceError.Category.invalidRequest), (401, .authentication), (403, .authentication), (404, .notFound),
        (429, .rateLimited(retryAfter: nil)), (500, .server), (503, .server),
    ])
    func everyHTTPErrorStatusIsMapped(status: Int, category: SeedanceError.Category) {
        let body = #"{"code":\#(status),"message":"m","data":null}"#
        for httpStatus in [status, 200] {
            let answer = SeedanceHTTPResponse(status: httpStatus, body: Data(body.utf8))
            let error = #expect(throws: SeedanceError.self) { try dialect.parseStatusResponse(answer, for: id) }
            #expect(error?.category == category)
            #expect(error?.httpStatus == httpStatus)
            #expect(error?.providerCode == ProviderCode(rawValue: String(status)))
        }
    }

    @Test func nonJSONErrorBodyFallsBackToTheHTTPStatus() {
        let answer = SeedanceHTTPResponse(status: 502, body: Data("<html>Bad Gateway</html>".utf8))
        let error = #expect(throws: SeedanceError.self) { try dialect.parseCreateResponse(answer) }
        #expect(error?.category == .server)
        #expect(error?.httpStatus == 502)
    }

    @Test func symbolicCodeInAnErrorEnvelopeIsMapped() {
        let answer = SeedanceHTTPResponse(
            status: 200, body: Data(#"{"code":402,"message":"Insufficient balance","data":{"error":"INSUFFICIENT_CREDITS"}}"#.utf8))
        let error = #expect(throws: SeedanceError.self) { try dialect.parseCreateResponse(answer) }
        #expect(error?.category == .insufficientCredits)
        #expect(error?.providerCode == "INSUFFICIENT_CREDITS")
    }
}

@Suite struct APIXOLenientStatusTests {
    let dialect = APIXO()

    func parse(_ data: String) throws -> TaskSnapshot {
        try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(#"{"code":200,"message":"success","data":\#(data)}"#.utf8)), for: "t")
    }

    @Test func emptyFailFieldsOnARunningTaskAreNotAFailure() throws {
        #expect(try parse(#"{"taskId":"t","state":"processing","failCode":"","failMsg":""}"#).failure == nil)
        #expect(try parse(#"{"taskId":"t","state":"success","resultJson":"","failCode":null}"#).failure == nil)
    }

    @Test func failedWithoutCodeOrMessageStillExplains() throws {
        #expect(
            try parse(#"{"taskId":"t","state":"failed"}"#).failure == TaskFailure(category: .taskFailed, code: nil, message: "the task failed without a reason")
        )
    }

    @Test func statesAreMatchedCaseInsensitively() throws {
        let snapshot = try parse(#"{"taskId":"t","state":"SUCCESS","resultJson":"{\"resultUrls\":[]}"}"#)
        #expect(snapshot.status == .succeeded)
        #expect(snapshot.rawStatus == "SUCCESS")
        #expect(snapshot.videoURL == nil)
    }
}
