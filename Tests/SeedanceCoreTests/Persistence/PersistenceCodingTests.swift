import Foundation
import SeedanceCore
import Testing

@Suite("Persistable records")
struct PersistenceCodingTests {
    private func roundTrip<T: Codable>(_ value: T) throws -> (T, String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return (try JSONDecoder().decode(T.self, from: data), String(decoding: data, as: UTF8.self))
    }

    @Test func aRequestRoundTripsWithItsImageBytesOrWithoutThem() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let request = VideoRequest(
            prompt: "a fox", firstFrame: .data(png), lastFrame: .url(URL(string: "https://img.test/last.png")!), model: "seedance-2-0",
            resolution: .p720, duration: .frames(121), seed: 42, extraFields: ["web_search": true])
        let (decoded, json) = try roundTrip(request)
        #expect(decoded == request)
        #expect(json.contains(#""firstFrame":{"data":"iVBORw0KGgo="}"#))
        #expect(json.contains(#""duration":{"frames":121}"#))
        #expect(json.contains(#""lastFrame":{"url":"https://img.test/last.png"}"#))

        let (shape, shapeJSON) = try roundTrip(request.withoutInlineImageBytes())
        #expect(shapeJSON.contains(#""firstFrame":{"data":""}"#))
        #expect(!shapeJSON.contains("iVBOR"))
        #expect(shape.firstFrame == .data(Data()))
        #expect(shape.lastFrame == request.lastFrame)
        #expect(shape.model == "seedance-2-0" && shape.duration == .frames(121))
        #expect(try roundTrip(VideoDuration.auto).0 == .auto)
    }

    @Test func aSnapshotRoundTripsExactly() throws {
        let snapshot = TaskSnapshot(
            id: "cgt-1", status: .unknown("pending_review"), rawStatus: "pending_review", progress: 0.5,
            videoURL: URL(string: "https://cdn.test/v.mp4"), audioURLs: [URL(string: "https://cdn.test/a.wav")!], duration: 5,
            usage: Usage(cost: "0.26", credits: 3), failure: TaskFailure(category: .rateLimited(retryAfter: .seconds(5)), code: "429", message: "slow down"),
            createdAt: Date(timeIntervalSince1970: 1_767_225_600), raw: ["status": "pending_review", "n": 1])
        let (decoded, json) = try roundTrip(snapshot)
        #expect(decoded == snapshot)
        #expect(json.contains(#""status":"unknown:pending_review""#))
        #expect(json.contains(#""category":{"name":"rateLimited","retryAfterSeconds":5}"#))
        var failed = snapshot
        failed.status = .failed
        failed.failure = TaskFailure(category: .contentRejected, message: "refused")
        #expect(try roundTrip(failed).0 == failed)
    }

    @Test func anErrorRecordKeepsTheEssentialsAndNoSecret() throws {
        let key = APIKey("sk-live-RECORD-SECRET-9876")
        let error = SeedanceError(
            category: .outcomeUnknown, provider: "byteplus", httpStatus: 502, providerCode: "InternalError",
            message: "gateway echoed Bearer \(key.authorizationHeaderValue.dropFirst(7)) in its answer", taskID: "cgt-9", requestID: "req-1",
            bodyExcerpt: "excerpt", lastSnapshot: TaskSnapshot(id: "cgt-9", status: .running, rawStatus: "running"), attempts: 1)
        let (record, json) = try roundTrip(SeedanceErrorRecord(error))
        #expect(!json.contains("RECORD-SECRET"))
        #expect(record.category == .outcomeUnknown && record.httpStatus == 502 && record.providerCode == "InternalError")
        #expect(record.taskID == "cgt-9" && record.requestID == "req-1" && record.attempts == 1)
        let restored = record.error
        #expect(restored.category == .outcomeUnknown && restored.taskID == "cgt-9" && restored.lastSnapshot == nil)
        #expect(try roundTrip(SeedanceErrorRecord(SeedanceError(category: .shutdown, message: "bye"))).0.category == .shutdown)
    }

    @Test func aSubmittedTaskRoundTripsWithItsRequestShape() throws {
        let task = SubmittedTask(
            id: "task-7", provider: "fakeprovider", model: "fake-model", submittedAt: Date(timeIntervalSince1970: 1_767_225_612.5),
            request: VideoRequest(prompt: "a cat", resolution: .p480, duration: .seconds(5)), correlationID: "req-abc")
        #expect(try roundTrip(task).0 == task)
    }
}
