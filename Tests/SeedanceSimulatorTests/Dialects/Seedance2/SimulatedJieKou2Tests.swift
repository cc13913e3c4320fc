import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// Seedance 2.0 on the simulated flat-body `/v3/async` hosts (JieKou at the root, Novita under `/novita`):
/// `POST /v3/async/seedance-2.0` with `fast`, frames or reference arrays, answered `{"task_id"}` and polled with the
/// task-result query; refusals are 400 `INVALID_REQUEST_BODY` naming the field.
@Suite("Simulated JieKou / Novita: Seedance 2.0", .timeLimit(.minutes(3)))
struct SimulatedJieKou2Tests {
    static func rig() -> Seedance2Rig {
        Seedance2Rig(dialects: [SimulatedJieKou(host: .jiekou), SimulatedJieKou(host: .novita, basePath: "/novita")])
    }

    static let create = "/v3/async/seedance-2.0"

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var body: [String: JSONValue]
        var path = SimulatedJieKou2Tests.create
        var message: String
        var testDescription: String { "\(name) → \(message)" }
    }

    static let cases: [Case] = [
        Case(name: "a model field", body: ["prompt": "a fox", "model": "seedance-2.0"], message: "model: unknown field for seedance-2.0"),
        Case(name: "service_tier", body: ["prompt": "a fox", "service_tier": "default"], message: "service_tier: unknown field"),
        Case(name: "no prompt, no media", body: ["duration": 5], message: "prompt: is required for text-to-video"),
        Case(name: "a lone last_image", body: ["prompt": "p", "last_image": "https://e.com/b.png"], message: "last_image: needs image"),
        Case(
            name: "frames with references", body: ["image": "https://e.com/a.png", "reference_images": ["https://e.com/b.png"]],
            message: "cannot be mixed with reference_images"),
        Case(
            name: "audio alone", body: ["prompt": "p", "reference_audios": ["https://e.com/a.mp3"]],
            message: "reference_audio cannot be the only reference input"),
        Case(
            name: "ten images", body: ["prompt": "p", "reference_images": .array(Array(repeating: "https://e.com/a.png", count: 10))],
            message: "reference_images may hold at most 9 reference images for model seedance-2.0; got 10"),
        Case(
            name: "four videos on fast", body: ["prompt": "p", "fast": true, "reference_videos": .array(Array(repeating: "https://e.com/v.mp4", count: 4))],
            message: "reference_videos may hold at most 3 reference videos for model seedance-2.0-fast"),
        Case(name: "an empty array", body: ["prompt": "p", "reference_images": []], message: "reference_images: must hold at least one URL"),
        Case(
            name: "an inline video", body: ["prompt": "p", "reference_videos": ["data:video/mp4;base64,AAAA"]],
            message: "reference_videos[0]: must be an http(s) URL"),
        Case(name: "an asset image", body: ["prompt": "p", "reference_images": ["asset://x"]], message: "asset:// ids are not accepted"),
        Case(name: "1080p on JieKou", body: ["prompt": "p", "resolution": "1080p"], message: "resolution must be one of 480p, 720p"),
        Case(name: "1080p with fast on Novita", body: ["prompt": "p", "resolution": "1080p", "fast": true], path: "/novita" + create, message: "480p, 720p"),
        Case(name: "duration 16", body: ["prompt": "p", "duration": 16], message: "duration: must be -1 or between 4 and 15; got 16"),
        Case(name: "duration 3", body: ["prompt": "p", "duration": 3], message: "got 3"),
        Case(name: "seed above uint32", body: ["prompt": "p", "seed": 4_294_967_296], message: "seed"),
        Case(
            name: "an asset audio clip", body: ["prompt": "p", "reference_images": ["https://e.com/a.png"], "reference_audios": ["asset://x"]],
            message: "asset:// ids are not accepted"),
        Case(name: "web_search a string", body: ["prompt": "p", "web_search": "yes"], message: "web_search must be a boolean"),
        Case(name: "a null", body: ["prompt": "p", "ratio": nil], message: "ratio: must not be null"),
    ]

    @Test("each broken rule is refused with INVALID_REQUEST_BODY and nothing is created", arguments: cases)
    func refused(_ rule: Case) async throws {
        let rig = Self.rig()
        let answer = try await rig.post(rule.path, rule.body)
        #expect(answer.status == 400)
        #expect(answer.json["reason"] == "INVALID_REQUEST_BODY" && answer.json["code"] == 400)
        #expect(answer.json["message"]?.stringValue?.contains(rule.message) == true, "\(answer.json)")
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("accepted: text, first + last frame, every reference type at its limit, hosted media, 1080p on Novita without fast")
    func accepted() async throws {
        let rig = Self.rig()
        let bodies: [(String, [String: JSONValue])] = [
            (Self.create, ["prompt": "a fox", "duration": -1, "web_search": true, "generate_audio": false]),
            (Self.create, ["prompt": "p", "fast": true, "image": "https://e.com/a.png", "last_image": "https://e.com/b.png", "return_last_frame": true]),
            (
                Self.create,
                [
                    "prompt": "Image 1 moves like Video 1", "reference_images": .array(Array(repeating: "https://e.com/a.png", count: 9)),
                    "reference_videos": [.string(Seedance2Rig.sample("reference.mp4")), "https://e.com/v.mp4", "https://e.com/w.mp4"],
                    "reference_audios": [.string(Seedance2Rig.sample("reference.wav"))], "ratio": "9:16", "duration": 15,
                ]
            ),
            ("/novita" + Self.create, ["prompt": "p", "resolution": "1080p"]),
            // The page: each reference audio is "an audio URL or Base64", and the seed ranges over [-1, 2^32-1].
            (
                Self.create,
                [
                    "prompt": "Image 1 sings Audio 1", "reference_images": ["https://e.com/a.png"], "seed": 4_294_967_295,
                    "reference_audios": [.string("data:audio/wav;base64," + (SampleReferences.file(named: "reference.wav")?.data.base64EncodedString() ?? ""))],
                ]
            ),
        ]
        for (path, body) in bodies {
            let answer = try await rig.post(path, body)
            #expect(answer.status == 200 && answer.json["task_id"]?.stringValue != nil, "\(body): \(answer.json)")
        }
    }

    @Test("a hosted reference video of 1 s is refused; a finished task serves a 1080p video of its length")
    func hostedAndResult() async throws {
        let rig = Self.rig()
        let short = try await rig.upload(ReferenceMedia.video(width: 1280, height: 720, seconds: 1))
        let refused = try await rig.post(Self.create, ["prompt": "p", "reference_videos": [.string(short)]])
        #expect(refused.status == 400 && refused.json["message"]?.stringValue?.contains("reference_videos[0] lasts 1 s") == true)

        let answer = try await rig.post("/novita" + Self.create, ["prompt": "p", "resolution": "1080p", "ratio": "1:1", "duration": 6])
        let id = try #require(answer.json["task_id"]?.stringValue)
        rig.clock.advance(by: .seconds(101))
        let result = try await rig.send(.get, "/novita/v3/async/task-result?task_id=" + id).json
        #expect(result["task"]?["status"] == "TASK_STATUS_SUCCEED")
        let link = try #require(result["videos"]?[0]?["video_url"]?.stringValue)
        let info = try MediaInspector.inspect(try await rig.fetch(link).body, field: "result", provider: "simulator")
        #expect(info.width == 1440 && info.height == 1440 && info.durationSeconds == 6)
    }
}
