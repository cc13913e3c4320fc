import Foundation
import Testing
import JieKou
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport

/// Every response fixture read to exact values.
@Suite struct JieKouResponseTests {
    static let taskID: TaskID = "830d9c90-d53f-4c5a-8009-3f1b2c4d5e6f"

    func ok(_ body: Data) -> SeedanceHTTPResponse { SeedanceHTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: body) }
    func ok(_ body: String) -> SeedanceHTTPResponse { ok(Data(body.utf8)) }
    func snapshot(_ fixture: String) throws -> TaskSnapshot {
        try JieKou().parseStatusResponse(ok(Fixtures.data("jiekou/\(fixture)")), for: Self.taskID)
    }
    func date(_ milliseconds: Double) -> Date { Date(timeIntervalSince1970: milliseconds / 1000) }

    @Test func createAnswersWithTaskIDOrID() throws {
        let dialect = JieKou()
        #expect(try dialect.parseCreateResponse(ok(Fixtures.data("jiekou/create.response.task_id.json"))) == "830d9c90-d53f-4c5a-8009-3f1b2c4d5e6f")
        #expect(try dialect.parseCreateResponse(ok(Fixtures.data("jiekou/create.response.id.json"))) == "5f0c1a2b-7d8e-4f90-a1b2-c3d4e5f60718")
        #expect(try dialect.parseCreateResponse(ok(#"{"task_id": 123456789}"#)) == "123456789")
        #expect(try dialect.parseCreateResponse(ok(#"{"task_id": "", "id": "fallback"}"#)) == "fallback")
    }

    @Test(arguments: [#"{}"#, #"{"task_id": ""}"#, #"{"taskId": "camel"}"#, #"{"task_id": null}"#, "not json", ""])
    func createAnswersWithoutAnIDAreDecodingErrors(body: String) {
        let error = #expect(throws: SeedanceError.self) {
            try JieKou(host: .novita).parseCreateResponse(SeedanceHTTPResponse(status: 200, headers: ["X-Request-Id": "req-9"], body: Data(body.utf8)))
        }
        #expect(error?.category == .decoding)
        #expect(error?.provider == "novita")
    }

    @Test func queued() throws {
        let snapshot = try snapshot("result-queued.json")
        #expect(snapshot.id == Self.taskID)
        #expect(snapshot.status == .queued)
        #expect(snapshot.rawStatus == "TASK_STATUS_QUEUED")
        #expect(snapshot.progress == 0)
        #expect(snapshot.videoURL == nil && snapshot.lastFrameURL == nil && snapshot.audioURLs.isEmpty)
        #expect(snapshot.seed == nil, "an empty seed string is no seed")
        #expect(snapshot.createdAt == date(1_710_000_000_000))
        #expect(snapshot.completedAt == nil, "\"0\" is no completion time")
        #expect(snapshot.resultExpiresAt == nil)
        #expect(snapshot.failure == nil)
        let details = try #require(JieKouTaskDetails(snapshot))
        #expect(details.eta == .seconds(90))
        #expect(details.executionStartedAt == nil)
        #expect(details.taskType == "video")
    }

    @Test func processing() throws {
        let snapshot = try snapshot("result-processing.json")
        #expect(snapshot.status == .running)
        #expect(snapshot.rawStatus == "TASK_STATUS_PROCESSING")
        #expect(snapshot.progress == 0.45)
        #expect(snapshot.seed == 123)
        #expect(snapshot.createdAt == date(1_710_000_000_000))
        #expect(snapshot.completedAt == nil)
        #expect(snapshot.videoURL == nil)
        let details = try #require(JieKouTaskDetails(snapshot))
        #expect(details.eta == .seconds(35))
        #expect(details.executionStartedAt == date(1_710_000_001_000))
    }

    @Test func succeededWithVideoLastFrameAndAudio() throws {
        let snapshot = try snapshot("result-succeeded.json")
        #expect(snapshot.status == .succeeded)
        #expect(snapshot.rawStatus == "TASK_STATUS_SUCCEED")
        #expect(snapshot.progress == 1)
        #expect(snapshot.videoURL == URL(string: "https://cdn.example.com/tasks/830d9c90/video.mp4"))
        #expect(snapshot.lastFrameURL == URL(string: "https://cdn.example.com/tasks/830d9c90/last_frame.png"))
        #expect(snapshot.audioURLs == [URL(string: "https://cdn.example.com/tasks/830d9c90/audio.wav")!])
        #expect(snapshot.seed == 123)
        #expect(snapshot.createdAt == date(1_710_000_000_000))
        #expect(snapshot.completedAt == date(1_710_000_009_000))
        #expect(snapshot.resultExpiresAt == date(1_710_000_009_000 + 3_600_000))
        #expect(snapshot.failure == nil)
        #expect(snapshot.raw == Fixtures.json("jiekou/result-succeeded.json"))
        let details = try #require(JieKouTaskDetails(snapshot))
        #expect(details.videoURLTTL == .seconds(3600), "a string TTL")
        #expect(details.imageURLTTL == .seconds(3600), "a number TTL")
        #expect(details.audioURLTTL == .seconds(3600))
        #expect(details.eta == .zero)
        #expect(details.submittedAt == date(1_710_000_000_000))
        #expect(details.executionStartedAt == date(1_710_000_001_000))
        #expect(details.completedAt == date(1_710_000_009_000))
    }

    @Test func failedWithAModerationReason() throws {
        let snapshot = try snapshot("result-failed.json")
        #expect(snapshot.status == .failed)
        #expect(snapshot.status.isTerminal)
        #expect(snapshot.rawStatus == "TASK_STATUS_FAILED")
        #expect(
            snapshot.failure
                == TaskFailure(
                    category: .contentRejected, message: "The request failed because the output video may contain sensitive information."))
        #expect(snapshot.completedAt == date(1_710_000_004_000))
        #expect(snapshot.videoURL == nil)
    }

    static func failedBody(reason: String) -> String {
        #"{"task": {"task_id": "t", "status": "TASK_STATUS_FAILED", "reason": "\#(reason)"}}"#
    }

    @Test(arguments: [
        ("InputImageSensitiveContentDetected", SeedanceError.Category.contentRejected),
        ("Prompt violates our content policy", .contentRejected),
        ("NSFW content blocked", .contentRejected),
        ("Task expired: execution_expires_after reached", .taskExpired),
        ("generation timeout", .taskFailed),
        ("internal error, please retry", .taskFailed),
        ("", .taskFailed),
    ])
    func failureReasonsAreClassified(reason: String, category: SeedanceError.Category) throws {
        let snapshot = try JieKou().parseStatusResponse(ok(Self.failedBody(reason: reason)), for: "t")
        #expect(snapshot.failure?.category == category)
        #expect(snapshot.failure?.message == (reason.isEmpty ? "the task failed without a reason" : reason))
        #expect(snapshot.failure?.code == nil)
    }

    @Test func numbersAndStringsAreReadAlike() throws {
        let body = #"""
            {"task": {"status": "task_status_succeed", "progress_percent": "100", "eta": "0"},
             "extra": {"seed": 42, "debug_info": {"complete_time_ms": 1710000009000}},
             "videos": [{"video_url": "https://cdn.example.com/v.mp4", "video_url_ttl": 600}]}
            """#
        let snapshot = try JieKou().parseStatusResponse(ok(body), for: "t")
        #expect(snapshot.status == .succeeded)
        #expect(snapshot.rawStatus == "task_status_succeed")
        #expect(snapshot.progress == 1)
        #expect(snapshot.seed == 42)
        #expect(snapshot.resultExpiresAt == date(1_710_000_009_000 + 600_000))
        #expect(JieKouTaskDetails(snapshot)?.videoURLTTL == .seconds(600))
    }

    @Test(arguments: ["TASK_STATUS_CANCELED", "TASK_STATUS_EXPIRED", ""])
    func unknownStatusesAreKeptRaw(status: String) throws {
        let snapshot = try JieKou().parseStatusResponse(ok(#"{"task": {"status": "\#(status)", "reason": "x"}}"#), for: "t")
        #expect(snapshot.status == .unknown(status))
        #expect(!snapshot.status.isTerminal)
        #expect(snapshot.failure == nil)
    }

    @Test(arguments: ["not json", #"{"videos": []}"#, #"{"task": {"status": 3}}"#, #"{"task": "done"}"#])
    func unreadableResultsAreDecodingErrorsCarryingTheTaskID(body: String) {
        let error = #expect(throws: SeedanceError.self) {
            try JieKou(host: .ppio).parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(body.utf8)), for: "t-7")
        }
        #expect(error?.category == .decoding)
        #expect(error?.taskID == "t-7")
        #expect(error?.provider == "ppio")
    }

    @Test func detailsAreOnlyReadFromTaskResults() {
        #expect(JieKouTaskDetails(TaskSnapshot(id: "t", status: .queued, rawStatus: "queued", raw: ["status": "queued"])) == nil)
        #expect(JieKouTaskDetails(TaskSnapshot(id: "t", status: .queued, rawStatus: "queued")) == nil)
    }

    @Test(arguments: [
        ("TASK_STATUS_QUEUED", TaskStatus.queued), ("TASK_STATUS_PROCESSING", .running),
        ("TASK_STATUS_SUCCEED", .succeeded), ("TASK_STATUS_FAILED", .failed), ("TASK_STATUS_SUCCEEDED", .unknown("TASK_STATUS_SUCCEEDED")),
    ])
    func statusVocabulary(raw: String, status: TaskStatus) {
        #expect(JieKouTaskResult.status(for: raw) == status)
    }
}
