import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import SparkDance
import Testing

@Suite struct SparkDanceResponseTests {
    let dialect = SparkDance()

    func ok(_ fixture: String, headers: SeedanceHTTPHeaders = [:]) -> SeedanceHTTPResponse {
        SeedanceHTTPResponse(status: 200, headers: headers, body: Fixtures.data("sparkdance/\(fixture)"))
    }

    func at(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: seconds) }

    @Test func createAnswersTheTaskID() throws {
        #expect(try dialect.parseCreateResponse(ok("create.response.json")) == "task_abc001")
    }

    @Test func createWithAnInBandErrorAndNoIDIsAnError() throws {
        let response = ok("create-inband-error.response.json", headers: ["X-Request-Id": "req-77"])
        #expect { try dialect.parseCreateResponse(response) } throws: { error in
            guard let error = error as? SeedanceError else { return false }
            return error.category == .invalidRequest && error.providerCode == "003015003" && error.taskID == nil
                && error.message == "duration parameter must be -1 or an integer between 4-12" && error.requestID == "req-77"
                && error.httpStatus == 200
        }
    }

    @Test func createWithNeitherIDNorErrorIsADecodingError() {
        for body in [#"{"status": "in_progress"}"#, #"[1, 2]"#, "not json"] {
            #expect { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 200, body: Data(body.utf8))) } throws: { error in
                (error as? SeedanceError)?.category == .decoding
            }
        }
    }

    @Test func runningTask() throws {
        let snapshot = try dialect.parseStatusResponse(ok("status-running.json"), for: "task_abc001")
        #expect(
            snapshot
                == TaskSnapshot(
                    id: "task_abc001", status: .running, rawStatus: "in_progress", progress: 0.35, model: .vtrixSeedance1_5Pro,
                    createdAt: at(1_775_831_525), raw: Fixtures.json("sparkdance/status-running.json")))
    }

    @Test func completedTask() throws {
        let snapshot = try dialect.parseStatusResponse(ok("status-completed.json"), for: "task_abc001")
        #expect(
            snapshot
                == TaskSnapshot(
                    id: "task_abc001", status: .succeeded, rawStatus: "completed",
                    videoURL: URL(string: "https://cdn.vtrix.ai/outputs/task_abc001/output.mp4"), duration: 5, model: .vtrixSeedance1_5Pro,
                    usage: Usage(cost: "0.26", discount: 0), createdAt: at(1_775_831_525), raw: Fixtures.json("sparkdance/status-completed.json")))
        #expect(snapshot.usage?.costValue == Decimal(string: "0.26"))
    }

    @Test func completedTaskWithLastFrameAndStringDuration() throws {
        let snapshot = try dialect.parseStatusResponse(ok("status-completed-last-frame.json"), for: "task_abc002")
        #expect(
            snapshot
                == TaskSnapshot(
                    id: "task_abc002", status: .succeeded, rawStatus: "completed",
                    videoURL: URL(string: "https://cdn.vtrix.ai/outputs/task_abc002/output.mp4"),
                    lastFrameURL: URL(string: "https://cdn.vtrix.ai/outputs/task_abc002/last_frame.png"), duration: 2.375,
                    resolution: .p1080, aspectRatio: .r16x9, model: .vtrixSeedance1_0Pro, usage: Usage(cost: "0.31", discount: 0.05),
                    createdAt: at(1_775_831_600), raw: Fixtures.json("sparkdance/status-completed-last-frame.json")))
    }

    @Test func failedWithAStringError() throws {
        let snapshot = try dialect.parseStatusResponse(ok("status-failed-string-error.json"), for: "task_abc003")
        #expect(
            snapshot
                == TaskSnapshot(
                    id: "task_abc003", status: .failed, rawStatus: "failed", model: .vtrixSeedance1_5Pro,
                    failure: TaskFailure(category: .taskFailed, code: nil, message: "Internal generation error"),
                    createdAt: at(1_775_831_700), raw: Fixtures.json("sparkdance/status-failed-string-error.json")))
    }

    @Test func failedWithAnObjectAndAStringCode() throws {
        let snapshot = try dialect.parseStatusResponse(ok("status-failed-object-string-code.json"), for: "task_abc001")
        #expect(snapshot.status == .failed)
        #expect(snapshot.failure == TaskFailure(category: .taskFailed, code: "003015095", message: "Internal generation error"))
    }

    @Test func failedWithAnObjectAndANumericCode() throws {
        let snapshot = try dialect.parseStatusResponse(ok("status-failed-object-numeric-code.json"), for: "task_abc004")
        #expect(
            snapshot
                == TaskSnapshot(
                    id: "task_abc004", status: .failed, rawStatus: "failed", model: .vtrixSeedance1_0Pro,
                    failure: TaskFailure(category: .taskFailed, code: "3005007", message: "Invalid duration"),
                    createdAt: at(1_775_831_800), raw: Fixtures.json("sparkdance/status-failed-object-numeric-code.json")))
        #expect(snapshot.failure?.code?.matches("003005007") == true)
    }

    @Test(arguments: [
        ("queued", TaskStatus.queued), ("pending", .queued), ("in_progress", .running), ("processing", .running),
        ("COMPLETED", .succeeded), ("failed", .failed), ("cancelled", .unknown("cancelled")), ("warming_up", .unknown("warming_up")),
    ])
    func statusVocabulary(_ raw: String, _ expected: TaskStatus) throws {
        let body = Data(#"{"id": "t1", "status": "\#(raw)"}"#.utf8)
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body), for: "t1")
        #expect(snapshot.status == expected)
        #expect(snapshot.rawStatus == raw)
    }

    @Test func leniencyOnOutputShapes() throws {
        let body = Data(
            #"""
            {"status": "completed", "progress": 100, "output": [{"content": [
              {"type": "image_url", "image_url": {"url": "https://cdn.example/last.png"}},
              {"type": "video_url", "url": "https://cdn.example/v.mp4?sig=1", "duration": "7"}]}]}
            """#.utf8)
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body), for: "t9")
        #expect(snapshot.id == "t9")
        #expect(snapshot.progress == 1)
        #expect(snapshot.videoURL == URL(string: "https://cdn.example/v.mp4?sig=1"))
        #expect(snapshot.lastFrameURL == URL(string: "https://cdn.example/last.png"))
        #expect(snapshot.duration == 7)
        let untyped = Data(#"{"status": "completed", "output": [{"content": [{"url": "https://cdn.example/out.MP4"}]}]}"#.utf8)
        #expect(
            try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: untyped), for: "t9").videoURL == URL(string: "https://cdn.example/out.MP4"))
    }

    @Test func aStatusBodyWithOnlyAnErrorIsAnError() {
        let body = Data(#"{"error": {"code": "003015098", "error_message": "Status check error"}}"#.utf8)
        #expect { try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body), for: "t1") } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .server && error?.providerCode == "003015098" && error?.taskID == "t1"
        }
    }

    @Test func aStatusBodyWithoutStatusIsADecodingError() {
        #expect { try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Data(#"{"id": "t1"}"#.utf8)), for: "t1") } throws: { error in
            (error as? SeedanceError)?.category == .decoding
        }
    }

    @Test func callbackBodiesParseLikeStatus() throws {
        let snapshot = try dialect.parseCallback(Fixtures.data("sparkdance/status-completed.json"))
        #expect(snapshot == (try dialect.parseStatusResponse(ok("status-completed.json"), for: "task_abc001")))
        #expect { try dialect.parseCallback(Data(#"{"status": "completed"}"#.utf8)) } throws: { error in
            (error as? SeedanceError)?.category == .decoding
        }
    }

    @Test func capabilitiesListEveryModelWithTheDefaultFirst() {
        let capabilities = SparkDance(model: .vtrixSeedance1_0Pro).capabilities
        #expect(
            capabilities.models.map(\.id) == [
                .vtrixSeedance1_0Pro, .vtrixSeedance2_0, .vtrixSeedance2_0Fast, .vtrixSeedance1_5Pro, .vtrixSeedance1_0ProFast, .vtrixSeedance1_0LiteT2V,
            ])
        let operations = SparkDance().operations
        #expect(operations.callbacks && !operations.cancel && !operations.list && !operations.delete)
        #expect(capabilities.unknownModel == nil)
        let pro15 = capabilities.models[3]
        #expect(pro15.defaultResolution == .p720 && pro15.defaultAspectRatio == .adaptive && pro15.durations.allowsAuto)
        #expect(pro15.images.formats.contains(.heic) && !capabilities.models[0].images.formats.contains(.heic))
        #expect(capabilities.models[0].durations.frames == .seedance1 && capabilities.models[0].defaultResolution == .p1080)
    }

    @Test func pollingHintsFollowTheEstimate() {
        let hints = SparkDance(model: .vtrixSeedance1_5Pro).pollingHints(for: VideoRequest(prompt: "p", resolution: .p720, duration: .seconds(5)))
        #expect(hints.expectedDuration == .seconds(60))
        #expect(hints.firstPollDelay == .seconds(30))
        #expect(SparkDance(model: .vtrixSeedance1_5Pro).pollingHints(for: VideoRequest(prompt: "p", serviceTier: .flex)).expectedDuration == nil)
        #expect(SparkDance(model: .vtrixSeedance1_5Pro).pollingHints(for: nil).expectedDuration == nil)
    }
}
