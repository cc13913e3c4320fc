import Foundation
import Testing
import SeedanceAPIOrg
import SeedanceCore
import SeedanceTestSupport

@Suite struct SeedanceAPIOrgRequestTests {
    let dialect = SeedanceAPIOrg()

    func body(_ request: VideoRequest) throws -> Data? {
        try dialect.validate(request)
        return try dialect.makeCreateRequest(request).body
    }

    @Test func textToVideoBodyIsExactWithDurationAsAString() throws {
        let request = VideoRequest(
            prompt: "A majestic eagle soaring through golden sunset clouds over ocean waves", resolution: .p720,
            aspectRatio: .r16x9, duration: .seconds(8))
        let http = try dialect.makeCreateRequest(request)
        #expect(http.method == .post)
        #expect(http.url.absoluteString == "https://seedanceapi.org/v1/generate")
        #expect(http.headers["Content-Type"] == "application/json")
        #expect(http.kind == .create)
        #expect(http.requiresAuthorization)
        #expect(JSONAssert.same(try body(request), Fixtures.json("seedanceapi/create-t2v.request.json")))
        #expect(JSONAssert.parse(http.body)["duration"] == .string("8"))
    }

    @Test func imageToVideoBodyIsExact() throws {
        let request = VideoRequest(
            prompt: "The character slowly turns and smiles at the camera", firstFrame: .url(URL(string: "https://example.com/my-image.jpg")!),
            resolution: .p720, aspectRatio: .r16x9, duration: .seconds(4))
        #expect(JSONAssert.same(try body(request), Fixtures.json("seedanceapi/create-i2v.request.json")))
    }

    @Test func audioBodyIsExact() throws {
        let request = VideoRequest(
            prompt: "A peaceful river flowing through a forest with birds singing", resolution: .p720, aspectRatio: .r16x9,
            duration: .seconds(8), generateAudio: true, cameraFixed: true)
        #expect(JSONAssert.same(try body(request), Fixtures.json("seedanceapi/create-audio.request.json")))
    }

    @Test func callbackBodyIsExact() throws {
        let request = VideoRequest(
            prompt: "A lighthouse beam sweeping across a stormy sea", resolution: .p480, duration: .seconds(12),
            callbackURL: URL(string: "https://your-server.example.com/seedance/callback")!)
        #expect(JSONAssert.same(try body(request), Fixtures.json("seedanceapi/create-callback.request.json")))
    }

    @Test func unsetFieldsAreOmittedAndExtraFieldsAreTopLevel() throws {
        #expect(JSONAssert.parse(try body(VideoRequest(prompt: "a cat"))) == ["prompt": "a cat"])
        #expect(JSONAssert.parse(try body(VideoRequest(prompt: "a cat", extraFields: ["style": "anime"]))) == ["prompt": "a cat", "style": "anime"])
    }

    @Test func statusRequestNamesTheTask() throws {
        let http = try dialect.makeStatusRequest(for: "seed15abc123def456pro")
        #expect(http.method == .get)
        #expect(http.kind == .idempotent)
        #expect(http.url.absoluteString == "https://seedanceapi.org/v1/status?task_id=seed15abc123def456pro")
    }

    @Test(arguments: [
        ("a&task_id=evil", "a%26task_id%3Devil"),
        ("../../generate#x", "..%2F..%2Fgenerate%23x"),
        ("id with space?q=1", "id%20with%20space%3Fq%3D1"),
    ])
    func hostileTaskIDsAreEscaped(id: String, escaped: String) throws {
        let url = try dialect.makeStatusRequest(for: TaskID(rawValue: id)).url
        #expect(url.absoluteString == "https://seedanceapi.org/v1/status?task_id=\(escaped)")
        #expect(url.path == "/v1/status")
    }

    @Test func emptyTaskIDIsRefused() {
        #expect((#expect(throws: SeedanceError.self) { try dialect.makeStatusRequest(for: "") })?.field == "taskID")
    }

    @Test func configuredBaseURLIsUsed() throws {
        let local = SeedanceAPIOrg(baseURL: URL(string: "http://127.0.0.1:8081/v1/")!)
        #expect(try local.makeCreateRequest(VideoRequest(prompt: "a cat")).url.absoluteString == "http://127.0.0.1:8081/v1/generate")
        #expect(try local.makeStatusRequest(for: "t").url.absoluteString == "http://127.0.0.1:8081/v1/status?task_id=t")
    }

    @Test func identityAndOperations() {
        #expect(dialect.provider == "seedanceapi.org")
        #expect(dialect.defaultModel == "seedance-1.5")
        #expect(dialect.operations.callbacks && !dialect.operations.cancel && !dialect.operations.list && !dialect.operations.delete)
        #expect(dialect.capabilities.model("other") == nil)
        #expect(dialect.pollingHints(for: VideoRequest(prompt: "a")).firstPollDelay == .seconds(15))
        #expect(dialect.pollingHints(for: nil).firstPollDelay == .zero)
    }
}
