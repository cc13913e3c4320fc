import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

@Suite struct ModelArkResponseTests {
    let dialect = ModelArk.byteplus(model: .byteplusSeedance1_5Pro)
    static let video = URL(
        string: "https://ark-content-generation-ap-southeast-1.tos-ap-southeast-1.bytepluses.com/seedance/cgt-20250331175019-68d9t.mp4?X-Tos-Expires=86400")
    static let frame = URL(
        string: "https://ark-content-generation-ap-southeast-1.tos-ap-southeast-1.bytepluses.com/seedance/cgt-20250331175019-68d9t-last.png?X-Tos-Expires=86400"
    )

    func ok(_ fixture: String) -> SeedanceHTTPResponse { SeedanceHTTPResponse(status: 200, body: Fixtures.data("modelark/\(fixture)")) }
    func at(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: seconds) }
    func parse(_ fixture: String, _ id: TaskID = "cgt-20250331175019-68d9t") throws -> TaskSnapshot {
        try dialect.parseStatusResponse(ok(fixture), for: id)
    }

    @Test func createAnswersTheID() throws {
        #expect(try dialect.parseCreateResponse(ok("create.response.json")) == "cgt-20250331175019-68d9t")
        #expect { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 200, body: Data("{}".utf8))) } throws: { error in
            (error as? SeedanceError)?.category == .decoding
        }
        let inBand = SeedanceHTTPResponse(status: 200, body: Data(#"{"error": {"code": "InvalidParameter", "message": "bad"}}"#.utf8))
        #expect { try dialect.parseCreateResponse(inBand) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .invalidRequest && error?.providerCode == "InvalidParameter"
        }
    }

    @Test func queuedTask() throws {
        #expect(
            try parse("task-queued.json")
                == TaskSnapshot(
                    id: "cgt-20250331175019-68d9t", status: .queued, rawStatus: "queued", duration: 5, resolution: .p720,
                    aspectRatio: .r16x9, seed: 11, model: "seedance-1-5-pro-251215", createdAt: at(1_743_414_619),
                    updatedAt: at(1_743_414_619), isDraft: false, raw: Fixtures.json("modelark/task-queued.json")))
    }

    @Test func runningTask() throws {
        let snapshot = try parse("task-running.json")
        #expect(snapshot.status == .running && snapshot.rawStatus == "running")
        #expect(snapshot.updatedAt == at(1_743_414_631) && snapshot.completedAt == nil && snapshot.failure == nil)
    }

    @Test func succeededTaskWithLastFrame() throws {
        #expect(
            try parse("task-succeeded-last-frame.json")
                == TaskSnapshot(
                    id: "cgt-20250331175019-68d9t", status: .succeeded, rawStatus: "succeeded", videoURL: Self.video, lastFrameURL: Self.frame,
                    duration: 10, resolution: .p720, aspectRatio: .r16x9, seed: 78674, model: "seedance-1-5-pro-251215",
                    usage: Usage(completionTokens: 108_900, totalTokens: 108_900), createdAt: at(1_743_414_619),
                    updatedAt: at(1_743_414_675), completedAt: at(1_743_414_675), isDraft: false,
                    raw: Fixtures.json("modelark/task-succeeded-last-frame.json")))
    }

    @Test func failedTask() throws {
        let snapshot = try parse("task-failed.json", "cgt-20250331180102-k2r8w")
        #expect(
            snapshot
                == TaskSnapshot(
                    id: "cgt-20250331180102-k2r8w", status: .failed, rawStatus: "failed", duration: 5, resolution: .p720,
                    aspectRatio: .adaptive, seed: 5, model: "seedance-1-5-pro-251215",
                    failure: TaskFailure(
                        category: .contentRejected, code: "InputImageSensitiveContentDetected",
                        message: "The request failed because the input image may contain sensitive information."),
                    createdAt: at(1_743_415_262), updatedAt: at(1_743_415_270), completedAt: at(1_743_415_270), isDraft: false,
                    raw: Fixtures.json("modelark/task-failed.json")))
    }

    @Test func expiredTask() throws {
        let snapshot = try parse("task-expired.json", "cgt-20250401090000-flx01")
        #expect(snapshot.status == .expired && snapshot.status.isTerminal)
        #expect(snapshot.failure == TaskFailure(category: .taskExpired, message: "the task expired before it finished (execution_expires_after passed)"))
        #expect(snapshot.completedAt == at(1_743_501_600) && snapshot.videoURL == nil && snapshot.seed == nil)
    }

    @Test func cancelledTaskWithFrames() throws {
        let snapshot = try parse("task-cancelled.json", "cgt-20250401091500-cnl02")
        #expect(
            snapshot
                == TaskSnapshot(
                    id: "cgt-20250401091500-cnl02", status: .cancelled, rawStatus: "cancelled", duration: 57.0 / 24, resolution: .p1080,
                    aspectRatio: .r16x9, model: "seedance-1-0-pro-250528", failure: TaskFailure(category: .cancelled, message: "the task was cancelled"),
                    createdAt: at(1_743_498_900), updatedAt: at(1_743_498_960), completedAt: at(1_743_498_960),
                    raw: Fixtures.json("modelark/task-cancelled.json")))
    }

    @Test(arguments: [
        ("queued", TaskStatus.queued), ("running", .running), ("succeeded", .succeeded), ("failed", .failed),
        ("cancelled", .cancelled), ("expired", .expired), ("Succeeded", .succeeded), ("paused", .unknown("paused")),
    ])
    func statusVocabulary(_ raw: String, _ expected: TaskStatus) throws {
        let body = Data(#"{"id": "cgt-1", "status": "\#(raw)", "content": null, "usage": null, "duration": -1}"#.utf8)
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body), for: "cgt-1")
        #expect(snapshot.status == expected && snapshot.rawStatus == raw && snapshot.duration == nil)
    }

    @Test func listPage() throws {
        let page = try dialect.parseListResponse(ok("list-page.json"))
        #expect(page.total == 3)
        #expect(page.tasks.map(\.id) == ["cgt-20250331175019-68d9t", "cgt-20250331180102-k2r8w"])
        #expect(page.tasks.map(\.status) == [.succeeded, .queued])
        #expect(
            page.tasks[0].videoURL
                == URL(string: "https://ark-content-generation-ap-southeast-1.tos-ap-southeast-1.bytepluses.com/seedance/cgt-20250331175019-68d9t.mp4"))
        #expect(page.tasks[0].usage == Usage(completionTokens: 108_900, totalTokens: 108_900))
        #expect(page.tasks[1].raw == Fixtures.json("modelark/list-page.json")["items"]?[1])
        #expect(
            try dialect.parseListResponse(SeedanceHTTPResponse(status: 200, body: Data(#"{"total": 0, "items": []}"#.utf8)))
                == TaskListPage(total: 0, tasks: []))
        #expect { try dialect.parseListResponse(SeedanceHTTPResponse(status: 200, body: Data(#"{"items": [{"status": "queued"}]}"#.utf8))) } throws: { error in
            (error as? SeedanceError)?.category == .decoding
        }
    }

    @Test func cancelAnswers() throws {
        try dialect.parseCancelResponse(SeedanceHTTPResponse(status: 200), for: "cgt-1")
        let refused = SeedanceHTTPResponse(status: 400, headers: ["X-Request-Id": "req-9"], body: Fixtures.data("modelark/error-cancel-running.json"))
        #expect { try dialect.parseCancelResponse(refused, for: "cgt-1") } throws: { error in
            guard let error = error as? SeedanceError else { return false }
            return error.category == .invalidRequest && error.providerCode == "InvalidParameter" && error.taskID == "cgt-1"
                && error.requestID == "req-9" && error.message.hasPrefix("task cgt-1 cannot be cancelled or deleted in its current state")
                && error.message.contains("The task status is running")
        }
        #expect { try dialect.parseCancelResponse(SeedanceHTTPResponse(status: 409), for: "cgt-1") } throws: { error in
            (error as? SeedanceError)?.category == .invalidRequest
        }
        #expect { try dialect.parseCancelResponse(SeedanceHTTPResponse(status: 404), for: "cgt-1") } throws: { error in
            (error as? SeedanceError)?.category == .notFound
        }
    }

    @Test func callbackBodiesParseLikeStatus() throws {
        let snapshot = try dialect.parseCallback(Fixtures.data("modelark/task-succeeded-last-frame.json"))
        #expect(snapshot == (try parse("task-succeeded-last-frame.json")))
        #expect { try dialect.parseCallback(Data(#"{"status": "succeeded"}"#.utf8)) } throws: { error in
            (error as? SeedanceError)?.category == .decoding
        }
    }
}
