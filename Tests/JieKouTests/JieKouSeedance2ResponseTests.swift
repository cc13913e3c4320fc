import Foundation
import Testing
import JieKou
import SeedanceCore
import SeedanceTestSupport

/// Every Seedance 2.0 task-result fixture read to exact values (the route is polled like Seedance 1.5 Pro).
@Suite struct JieKouSeedance2ResponseTests {
    static let taskID: TaskID = "9b1f3c2e-2d20-4a55-9e1b-5a0c7d3e2f10"

    func snapshot(_ fixture: String, host: JieKouHost = .jiekou) throws -> TaskSnapshot {
        let response = SeedanceHTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Fixtures.data("jiekou/\(fixture)"))
        return try JieKou(host: host).parseStatusResponse(response, for: Self.taskID)
    }

    @Test func runningIsTheSameAsProcessing() throws {
        let snapshot = try snapshot("seedance2-result-running.json")
        #expect(snapshot.status == .running && snapshot.rawStatus == "TASK_STATUS_RUNNING")
        #expect(snapshot.progress == 0.3)
        #expect(snapshot.videoURL == nil && snapshot.lastFrameURL == nil && snapshot.failure == nil)
        #expect(snapshot.createdAt == Date(timeIntervalSince1970: 1_764_900_000) && snapshot.completedAt == nil)
        #expect(JieKouTaskDetails(snapshot)?.eta == .seconds(95))
        #expect(JieKouTaskDetails(snapshot)?.executionStartedAt == Date(timeIntervalSince1970: 1_764_900_004))
    }

    @Test(arguments: JieKouHost.presets)
    func succeededCarriesTheVideoAndTheReturnedLastFrame(host: JieKouHost) throws {
        let snapshot = try snapshot("seedance2-result-succeeded.json", host: host)
        #expect(snapshot.status == .succeeded && snapshot.progress == 1)
        #expect(snapshot.videoURL == URL(string: "https://cdn.example.com/seedance2/9b1f3c2e.mp4"))
        #expect(snapshot.lastFrameURL == URL(string: "https://cdn.example.com/seedance2/9b1f3c2e-last.png"))
        #expect(snapshot.audioURLs.isEmpty)
        #expect(snapshot.seed == 20_260_128)
        #expect(snapshot.completedAt == Date(timeIntervalSince1970: 1_764_900_131))
        #expect(snapshot.resultExpiresAt == Date(timeIntervalSince1970: 1_764_900_131 + 3600))
    }

    @Test func aReferenceVideoRejectedByModerationIsContentRejected() throws {
        let snapshot = try snapshot("seedance2-result-failed.json")
        #expect(snapshot.status == .failed)
        #expect(snapshot.failure?.category == .contentRejected)
        #expect(snapshot.failure?.message == "InputVideoSensitiveContentDetected: the reference video may contain sensitive information.")
        #expect(snapshot.videoURL == nil)
    }
}
