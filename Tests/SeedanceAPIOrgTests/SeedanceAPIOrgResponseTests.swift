import Foundation
import Testing
import SeedanceAPIOrg
import SeedanceCore
import SeedanceTestSupport

@Suite struct SeedanceAPIOrgResponseTests {
    let dialect = SeedanceAPIOrg()
    let id: TaskID = "seed15abc123def456pro"
    let createdAt = Date(timeIntervalSince1970: 1_770_460_200)  // 2026-02-07T10:30:00Z

    func response(_ fixture: String, status: Int = 200) -> SeedanceHTTPResponse {
        SeedanceHTTPResponse(status: status, body: Fixtures.data("seedanceapi/\(fixture)"))
    }

    @Test func createAnswerGivesTheTaskID() throws {
        #expect(try dialect.parseCreateResponse(response("create.response.json")) == id)
    }

    @Test func createAnswerWithoutIDIsADecodingError() {
        let answer = SeedanceHTTPResponse(status: 200, body: Data(#"{"code":200,"message":"success","data":{"status":"IN_PROGRESS"}}"#.utf8))
        #expect((#expect(throws: SeedanceError.self) { try dialect.parseCreateResponse(answer) })?.category == .decoding)
    }

    @Test func inProgress() throws {
        let snapshot = try dialect.parseStatusResponse(response("status-in-progress.json"), for: id)
        #expect(snapshot.id == id)
        #expect(snapshot.status == .running)
        #expect(snapshot.rawStatus == "IN_PROGRESS")
        #expect(snapshot.videoURL == nil)
        #expect(snapshot.usage == nil)
        #expect(snapshot.failure == nil)
        #expect(snapshot.createdAt == createdAt)
    }

    @Test func successGivesTheVideoCreditsAndEcho() throws {
        let snapshot = try dialect.parseStatusResponse(response("status-success.json"), for: id)
        #expect(snapshot.status == .succeeded)
        #expect(snapshot.rawStatus == "SUCCESS")
        #expect(snapshot.videoURL == URL(string: "https://cdn.example.com/videos/seed15abc123def456pro.mp4"))
        #expect(snapshot.usage == Usage(credits: 28))
        #expect(snapshot.createdAt == createdAt)
        #expect(snapshot.duration == 8)
        #expect(snapshot.resolution == .p720)
        #expect(snapshot.aspectRatio == .r16x9)
        #expect(snapshot.model == "seedance-1.5")
        #expect(snapshot.failure == nil)
        #expect(snapshot.raw == Fixtures.json("seedanceapi/status-success.json"))
    }

    @Test func failedTaskIsASnapshotWithTheMessage() throws {
        let snapshot = try dialect.parseStatusResponse(response("status-failed.json"), for: id)
        #expect(snapshot.status == .failed)
        #expect(snapshot.failure == TaskFailure(category: .taskFailed, code: nil, message: "Video generation failed, please try again"))
        #expect(snapshot.usage == Usage(credits: 0))
        #expect(snapshot.videoURL == nil)
    }

    @Test func failedTaskWithACodeAsMessageKeepsTheCode() throws {
        let body = #"{"code":200,"message":"success","data":{"task_id":"t","status":"FAILED","error_message":"INSUFFICIENT_CREDITS"}}"#
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(body.utf8)), for: "t")
        #expect(snapshot.failure == TaskFailure(category: .insufficientCredits, code: "INSUFFICIENT_CREDITS", message: "INSUFFICIENT_CREDITS"))
    }

    @Test func unknownStatusIsKeptRawAndNumbersAreLenient() throws {
        let body = #"{"code":"200","message":"success","data":{"task_id":"t","status":"QUEUED","consumed_credits":"14","request":{"duration":4}}}"#
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(body.utf8)), for: "t")
        #expect(snapshot.status == .unknown("QUEUED"))
        #expect(snapshot.usage?.credits == 14)
        #expect(snapshot.duration == 4)
    }

    /// Each documented error code, its documented HTTP status, and its category.
    static let errorCases: [(String, Int, SeedanceError.Category)] = [
        ("INVALID_PROMPT", 400, .invalidRequest), ("INVALID_ASPECT_RATIO", 400, .invalidRequest),
        ("INVALID_RESOLUTION", 400, .invalidRequest), ("INVALID_DURATION", 400, .invalidRequest),
        ("TOO_MANY_IMAGES", 400, .invalidRequest), ("INVALID_API_KEY", 401, .authentication),
        ("INSUFFICIENT_CREDITS", 402, .insufficientCredits), ("TASK_NOT_FOUND", 404, .notFound), ("INTERNAL_ERROR", 500, .server),
    ]

    @Test(arguments: errorCases)
    func everyErrorCodeIsMappedWithTheRawCodeKept(code: String, status: Int, category: SeedanceError.Category) {
        for httpStatus in [status, 200] {
            let answer = response("error-\(code).json", status: httpStatus)
            let create = #expect(throws: SeedanceError.self) { try dialect.parseCreateResponse(answer) }
            #expect(create?.category == category)
            #expect(create?.providerCode == ProviderCode(rawValue: code))
            #expect(create?.httpStatus == httpStatus)
            #expect(create?.provider == "seedanceapi.org")
            let status = #expect(throws: SeedanceError.self) { try dialect.parseStatusResponse(answer, for: id) }
            #expect(status?.category == category)
            #expect(status?.taskID == id)
        }
    }

    @Test func errorMessageKeepsTheProviderText() {
        let error = #expect(throws: SeedanceError.self) { try dialect.parseCreateResponse(response("error-INVALID_DURATION.json", status: 400)) }
        #expect(error?.message.contains("Duration must be 4, 8, or 12 seconds") == true)
    }

    @Test func callbackInStatusShapeOrBareIsParsedTheSameTwice() throws {
        let enveloped = try dialect.parseCallback(Fixtures.data("seedanceapi/callback-success.json"))
        let again = try dialect.parseCallback(Fixtures.data("seedanceapi/callback-success.json"))
        #expect(enveloped == again)
        #expect(enveloped.status == .succeeded)
        #expect(enveloped.id == id)
        #expect(enveloped.usage?.credits == 28)
        let bare = try dialect.parseCallback(Fixtures.data("seedanceapi/callback-bare-success.json"))
        #expect(bare.videoURL == enveloped.videoURL)
        #expect(bare.status == .succeeded)
        #expect(bare == (try dialect.parseCallback(Fixtures.data("seedanceapi/callback-bare-success.json"))))
    }

    @Test func callbackOfAnotherShapeIsRefused() {
        #expect((#expect(throws: SeedanceError.self) { try dialect.parseCallback(Data(#"{"event":"done"}"#.utf8)) })?.category == .decoding)
        #expect(
            (#expect(throws: SeedanceError.self) { try dialect.parseCallback(Data(#"{"code":200,"data":{"status":"SUCCESS"}}"#.utf8)) })?.category == .decoding)
    }
}

@Suite struct SeedanceAPIOrgLenientStatusTests {
    let dialect = SeedanceAPIOrg()

    func parse(_ data: String) throws -> TaskSnapshot {
        try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(#"{"code":200,"message":"success","data":\#(data)}"#.utf8)), for: "t")
    }

    @Test func aLoneURLStringIsAcceptedAsTheResponse() throws {
        #expect(try parse(#"{"task_id":"t","status":"SUCCESS","response":"https://cdn/x.mp4"}"#).videoURL == URL(string: "https://cdn/x.mp4"))
    }

    @Test func anErrorMessageOnASuccessIsNotAFailure() throws {
        #expect(try parse(#"{"task_id":"t","status":"SUCCESS","response":["https://cdn/x.mp4"],"error_message":"note"}"#).failure == nil)
        #expect(try parse(#"{"task_id":"t","status":"IN_PROGRESS","error_message":""}"#).failure == nil)
    }
}
