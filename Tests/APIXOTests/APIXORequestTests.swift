import Foundation
import Testing
import APIXO
import SeedanceCore
import SeedanceTestSupport

@Suite struct APIXORequestTests {
    let dialect = APIXO()

    @Test func textToVideoBodyIsExact() throws {
        let request = VideoRequest(
            prompt: "a calm seaside sunrise with gentle camera dolly movement", resolution: .p720, aspectRatio: .r16x9,
            duration: .seconds(8), generateAudio: true, cameraFixed: false)
        try dialect.validate(request)
        let http = try APIXO(routing: .value).makeCreateRequest(request)
        #expect(http.method == .post)
        #expect(http.url.absoluteString == "https://api.apixo.ai/api/v1/generateTask/seedance-1-5-pro")
        #expect(http.headers["Content-Type"] == "application/json")
        #expect(http.kind == .create)
        #expect(http.requiresAuthorization)
        #expect(JSONAssert.same(http.body, Fixtures.json("apixo/create-t2v.request.json")))
    }

    @Test func firstAndEndFrameBodyIsExactAndSoundDefaultsToFalse() throws {
        let request = VideoRequest(
            prompt: "the door slowly opens onto a sunlit garden", firstFrame: .url(URL(string: "https://example.com/start.png")!),
            lastFrame: .url(URL(string: "https://example.com/end.png")!), resolution: .p480, duration: .seconds(4))
        try dialect.validate(request)
        let body = try dialect.makeCreateRequest(request).body
        #expect(JSONAssert.same(body, Fixtures.json("apixo/create-i2v-end-frame.request.json")))
        #expect(JSONAssert.parse(body)["input"]?["sound"] == .bool(false))
        #expect(JSONAssert.parse(body)["provider"] == nil)
    }

    @Test func callbackModeBodyIsExact() throws {
        let request = VideoRequest(
            prompt: "a paper boat drifts from the first frame to the last", firstFrame: .url(URL(string: "https://example.com/start.png")!),
            lastFrame: .url(URL(string: "https://example.com/end.png")!), resolution: .p720, aspectRatio: .r16x9,
            duration: .seconds(8), generateAudio: true, cameraFixed: false, callbackURL: URL(string: "https://your-server.com/callback")!)
        let official = APIXO(routing: .official)
        try official.validate(request)
        #expect(JSONAssert.same(try official.makeCreateRequest(request).body, Fixtures.json("apixo/create-callback.request.json")))
    }

    @Test func minimalBodyCarriesOnlyRequiredFields() throws {
        let body = JSONAssert.parse(try dialect.makeCreateRequest(VideoRequest(prompt: "a cat")).body)
        #expect(body == ["request_type": "async", "input": ["mode": "text-to-video", "prompt": "a cat", "sound": false]])
    }

    @Test func extraFieldsGoInsideInput() throws {
        let request = VideoRequest(prompt: "a cat", extraFields: ["camera_motion": "orbit"])
        try dialect.validate(request)
        let body = JSONAssert.parse(try dialect.makeCreateRequest(request).body)
        #expect(body["input"]?["camera_motion"] == "orbit")
        #expect(body["camera_motion"] == nil)
    }

    @Test func configuredBaseURLAndModelAreUsed() throws {
        let custom = APIXO(baseURL: URL(string: "http://127.0.0.1:8080/")!, model: "seedance-1-5-pro-next")
        #expect(
            try custom.makeCreateRequest(VideoRequest(prompt: "a cat")).url.absoluteString
                == "http://127.0.0.1:8080/api/v1/generateTask/seedance-1-5-pro-next")
        #expect(
            try custom.makeStatusRequest(for: "task_1").url.absoluteString
                == "http://127.0.0.1:8080/api/v1/statusTask/seedance-1-5-pro-next?taskId=task_1")
    }

    @Test func statusRequestNamesTheModelAndTheTask() throws {
        let http = try dialect.makeStatusRequest(for: "task_abc123xyz789")
        #expect(http.method == .get)
        #expect(http.kind == .idempotent)
        #expect(http.body == nil)
        #expect(http.url.absoluteString == "https://api.apixo.ai/api/v1/statusTask/seedance-1-5-pro?taskId=task_abc123xyz789")
    }

    @Test(arguments: [
        ("a&taskId=evil", "a%26taskId%3Devil"),
        ("../../admin#x", "..%2F..%2Fadmin%23x"),
        ("id with space?q=1", "id%20with%20space%3Fq%3D1"),
    ])
    func hostileTaskIDsAreEscaped(id: String, escaped: String) throws {
        let url = try dialect.makeStatusRequest(for: TaskID(rawValue: id)).url
        #expect(url.absoluteString == "https://api.apixo.ai/api/v1/statusTask/seedance-1-5-pro?taskId=\(escaped)")
        #expect(url.path == "/api/v1/statusTask/seedance-1-5-pro")
    }

    @Test func emptyTaskIDIsRefused() {
        let error = #expect(throws: SeedanceError.self) { try dialect.makeStatusRequest(for: "") }
        #expect(error?.category == .invalidRequest)
        #expect(error?.field == "taskID")
    }

    @Test func identityAndOperations() {
        #expect(dialect.provider == "apixo")
        #expect(dialect.defaultModel == "seedance-1-5-pro")
        #expect(dialect.operations.callbacks)
        #expect(!dialect.operations.cancel && !dialect.operations.list && !dialect.operations.delete)
        #expect(APIXO.ProviderRouting.allCases.map(\.rawValue) == ["auto", "value", "official"])
    }

    @Test func pollingHintsFollowTheSeed() {
        let four = dialect.pollingHints(for: VideoRequest(prompt: "x", duration: .seconds(4)))
        #expect(four.expectedDuration == .seconds(50))
        #expect(four.firstPollDelay == .seconds(50))
        #expect(four.minimumInterval == .seconds(5))
        #expect(dialect.pollingHints(for: VideoRequest(prompt: "x", duration: .seconds(8))).expectedDuration == .seconds(75))
        #expect(dialect.pollingHints(for: VideoRequest(prompt: "x", duration: .seconds(12))).expectedDuration == .seconds(105))
        #expect(dialect.pollingHints(for: VideoRequest(prompt: "x", duration: .seconds(6))).expectedDuration == .seconds(62.5))
        #expect(dialect.pollingHints(for: VideoRequest(prompt: "x")).expectedDuration == nil)
        #expect(dialect.pollingHints(for: nil).firstPollDelay == .zero)
    }
}
