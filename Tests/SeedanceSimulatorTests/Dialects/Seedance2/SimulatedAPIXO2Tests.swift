import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// APIXO's Seedance 2.0 models on the simulated server: `POST /api/v1/generateTask/seedance-2-0[-fast|-mini]` with
/// `input.mode`, refused in APIXO's `{"code": 400, "message": "Invalid request", "data": {"error"}}` envelope.
@Suite("Simulated APIXO: Seedance 2.0", .timeLimit(.minutes(3)))
struct SimulatedAPIXO2Tests {
    static func body(_ input: [String: JSONValue]) -> [String: JSONValue] {
        var fields: [String: JSONValue] = ["prompt": "Image 1 walks through the market", "sound": true]
        fields.merge(input) { _, new in new }
        return ["request_type": "async", "input": .object(fields)]
    }

    static func path(_ model: String) -> String { "/api/v1/generateTask/" + model }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var model = "seedance-2-0"
        var input: [String: JSONValue]
        var message: String
        var testDescription: String { "\(model): \(name)" }
    }

    static let image: JSONValue = ["https://cdn.example.com/hero.png"]

    static let cases: [Case] = [
        Case(name: "image-to-video is a 1.5 mode", input: ["mode": "image-to-video", "image_urls": image], message: "input.mode must be one of text-to-video"),
        Case(name: "media with text-to-video", input: ["mode": "text-to-video", "image_urls": image], message: "not accepted with mode text-to-video"),
        Case(
            name: "three frames",
            input: ["mode": "first_and_last_frames", "image_urls": ["https://e.com/a.png", "https://e.com/b.png", "https://e.com/c.png"]],
            message: "1-2 input.image_urls; got 3"),
        Case(
            name: "video with frames", input: ["mode": "first_and_last_frames", "image_urls": image, "video_urls": ["https://e.com/v.mp4"]],
            message: "only accepted with mode omni_reference"),
        Case(name: "omni without media", input: ["mode": "omni_reference"], message: "omni_reference needs"),
        Case(
            name: "audio alone", input: ["mode": "omni_reference", "audio_urls": ["https://e.com/a.mp3"]],
            message: "reference_audio cannot be the only reference input"),
        Case(
            name: "ten images", input: ["mode": "omni_reference", "image_urls": .array(Array(repeating: "https://e.com/a.png", count: 10))],
            message: "input.image_urls may hold at most 9 reference images for model seedance-2-0; got 10"),
        Case(
            name: "an inline image", input: ["mode": "omni_reference", "image_urls": ["data:image/png;base64,AAAA"]],
            message: "input.image_urls[0] must be an http(s) URL"),
        Case(name: "1080p on mini", model: "seedance-2-0-mini", input: ["mode": "text-to-video", "resolution": "1080p"], message: "480p, 720p"),
        Case(name: "4k on 2.0", input: ["mode": "text-to-video", "resolution": "4k"], message: "480p, 720p, 1080p"),
        Case(name: "duration -1", model: "seedance-2-0-fast", input: ["mode": "text-to-video", "duration": -1], message: "between 4 and 15; got -1"),
        Case(name: "duration 16", input: ["mode": "text-to-video", "duration": 16], message: "got 16"),
        Case(name: "ratio adaptive", input: ["mode": "text-to-video", "aspect_ratio": "adaptive"], message: "auto, 16:9"),
        Case(name: "fixed_lens", input: ["mode": "text-to-video", "fixed_lens": true], message: "fixed_lens"),
        Case(name: "a short prompt", input: ["mode": "text-to-video", "prompt": "hi"], message: "3-2500 characters"),
    ]

    @Test("each broken rule is refused with its detail and nothing is created", arguments: cases)
    func refused(_ rule: Case) async throws {
        let rig = Seedance2Rig(dialects: [SimulatedAPIXO()])
        let answer = try await rig.post(Self.path(rule.model), Self.body(rule.input))
        #expect(answer.status == 400 && answer.json["code"] == 400 && answer.json["message"] == "Invalid request")
        #expect(answer.json["data"]?["error"]?.stringValue?.contains(rule.message) == true, "\(answer.json)")
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("each mode is accepted on each model; the finished task's result is a video of the asked size and length")
    func accepted() async throws {
        let rig = Seedance2Rig(dialects: [SimulatedAPIXO()])
        let inputs: [(String, [String: JSONValue])] = [
            ("seedance-2-0-mini", ["mode": "text-to-video", "web_search": true, "aspect_ratio": "auto"]),
            ("seedance-2-0-fast", ["mode": "first_and_last_frames", "image_urls": ["https://e.com/a.png", "https://e.com/b.png"], "duration": 15]),
            (
                "seedance-2-0",
                [
                    "mode": "omni_reference", "image_urls": Self.image, "video_urls": [.string(Seedance2Rig.sample("reference.mp4"))],
                    "audio_urls": [.string(Seedance2Rig.sample("reference.mp3"))], "resolution": "1080p", "duration": 10, "aspect_ratio": "16:9",
                ]
            ),
        ]
        var ids: [(String, String)] = []
        for (model, input) in inputs {
            let answer = try await rig.post(Self.path(model), Self.body(input))
            #expect(answer.status == 200, "\(model): \(answer.json)")
            ids.append((model, try #require(answer.json["data"]?["taskId"]?.stringValue)))
        }
        rig.clock.advance(by: .seconds(101))
        let (model, id) = ids[2]
        let status = try await rig.send(.get, "/api/v1/statusTask/\(model)?taskId=\(id)").json
        #expect(status["data"]?["state"] == "success")
        let result = try JSONDecoder().decode(JSONValue.self, from: Data(try #require(status["data"]?["resultJson"]?.stringValue).utf8))
        let link = try #require(result["resultUrls"]?[0]?.stringValue)
        let info = try MediaInspector.inspect(try await rig.fetch(link).body, field: "result", provider: "simulator")
        #expect(info.width == 1920 && info.height == 1080 && info.durationSeconds == 10)
    }

    @Test("a hosted reference clip of 20 fps is refused by its headers")
    func hosted() async throws {
        let rig = Seedance2Rig(dialects: [SimulatedAPIXO()])
        let clip = try await rig.upload(ReferenceMedia.video(width: 1280, height: 720, seconds: 3, framesPerSecond: 20))
        let answer = try await rig.post(Self.path("seedance-2-0"), Self.body(["mode": "omni_reference", "video_urls": [.string(clip)]]))
        #expect(answer.status == 400)
        #expect(answer.json["data"]?["error"]?.stringValue?.contains("input.video_urls[0] runs at 20 fps") == true, "\(answer.json)")
    }
}
