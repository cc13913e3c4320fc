import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The simulated spark_dance server refuses what Vtrix's documentation forbids, with its codes (003015xxx for
/// 1.5 Pro, 003005xxx for 1.0 Pro), in the `{"message", "error": {"code", "error_message"}}` envelope, and
/// creates nothing.
@Suite("Simulated spark_dance: validation", .timeLimit(.minutes(3)))
struct SimulatedSparkDanceValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var model: String
        var params: [String: JSONValue]
        var code: String
        var testDescription: String { "\(model): \(name) → \(code)" }
    }

    static let text: JSONValue = ["type": "text", "text": "a fox in the snow"]
    static func image(_ url: String, role: String? = nil) -> JSONValue {
        var item: [String: JSONValue] = ["type": "image_url", "image_url": ["url": .string(url)]]
        if let role { item["role"] = .string(role) }
        return .object(item)
    }
    static func png(_ width: Int, _ height: Int, format: String = "png") -> String {
        "data:image/\(format);base64," + TestImages.png(width: width, height: height).base64EncodedString()
    }
    static let heic = "data:image/heic;base64," + TestImages.heic.base64EncodedString()
    static let pro15 = "spark_dance_v1_5_pro"
    static let pro10 = "spark_dance_v1_0_pro"

    static func with(_ extra: [String: JSONValue], content: [JSONValue] = [text]) -> [String: JSONValue] {
        var params: [String: JSONValue] = ["content": .array(content)]
        params.merge(extra) { _, new in new }
        return params
    }

    static let cases: [Case] = [
        Case(name: "content missing", model: pro15, params: [:], code: "003015001"),
        Case(name: "content not an array", model: pro15, params: ["content": "a fox"], code: "003015001"),
        Case(name: "content empty", model: pro15, params: ["content": []], code: "003015002"),
        Case(name: "duration 3", model: pro15, params: with(["duration": 3]), code: "003015003"),
        Case(name: "duration 13", model: pro15, params: with(["duration": 13]), code: "003015003"),
        Case(name: "duration as a string", model: pro15, params: with(["duration": "5"]), code: "003015003"),
        Case(name: "frames on 1.5 Pro", model: pro15, params: with(["frames": 57]), code: "003015003"),
        Case(name: "resolution 2k", model: pro15, params: with(["resolution": "2k"]), code: "003015004"),
        Case(name: "draft at 720p", model: pro15, params: with(["draft": true, "resolution": "720p"]), code: "003015004"),
        Case(name: "ratio 5:4", model: pro15, params: with(["ratio": "5:4"]), code: "003015005"),
        Case(name: "service_tier fast", model: pro15, params: with(["service_tier": "fast"]), code: "003015006"),
        Case(name: "draft with flex", model: pro15, params: with(["draft": true, "service_tier": "flex"]), code: "003015006"),
        Case(name: "draft with return_last_frame", model: pro15, params: with(["draft": true, "return_last_frame": true]), code: "003015099"),
        Case(name: "seed -2", model: pro15, params: with(["seed": -2]), code: "003015099"),
        Case(name: "expiry 3599", model: pro15, params: with(["execution_expires_after": 3599]), code: "003015099"),
        Case(name: "watermark a string", model: pro15, params: with(["watermark": "yes"]), code: "003015099"),
        Case(
            name: "three images", model: pro15,
            params: with(
                [:],
                content: [
                    text, image("https://e.com/a.png", role: "first_frame"), image("https://e.com/b.png", role: "last_frame"), image("https://e.com/c.png"),
                ]), code: "003015001"),
        Case(name: "a lone last frame", model: pro15, params: with([:], content: [text, image("https://e.com/a.png", role: "last_frame")]), code: "003015001"),
        Case(name: "unknown draft task", model: pro15, params: ["content": [["type": "draft_task", "draft_task": ["id": "task_nope"]]]], code: "003015001"),
        Case(
            name: "draft task with text", model: pro15, params: ["content": [text, ["type": "draft_task", "draft_task": ["id": "task_nope"]]]],
            code: "003015001"),
        Case(name: "image too small", model: pro15, params: with([:], content: [text, image(png(200, 200))]), code: "003015001"),
        Case(name: "content missing", model: pro10, params: [:], code: "003005001"),
        Case(name: "draft_task item", model: pro10, params: ["content": [["type": "draft_task", "draft_task": ["id": "task_x"]]]], code: "003005002"),
        Case(name: "draft mode", model: pro10, params: with(["draft": true]), code: "003005002"),
        Case(name: "service_tier fast", model: pro10, params: with(["service_tier": "fast"]), code: "003005002"),
        Case(name: "upper-case data URL format", model: pro10, params: with([:], content: [text, image(png(640, 480, format: "PNG"))]), code: "003005003"),
        Case(name: "heic on 1.0 Pro", model: pro10, params: with([:], content: [text, image(heic)]), code: "003005003"),
        Case(name: "a .heic URL on 1.0 Pro", model: pro10, params: with([:], content: [text, image("https://e.com/a.heic")]), code: "003005003"),
        Case(name: "too narrow", model: pro10, params: with([:], content: [text, image(png(1000, 300))]), code: "003005003"),
        Case(
            name: "two images without roles", model: pro10, params: with([:], content: [text, image("https://e.com/a.png"), image("https://e.com/b.png")]),
            code: "003005004"),
        Case(
            name: "three images", model: pro10,
            params: with([:], content: [image("https://e.com/a.png"), image("https://e.com/b.png"), image("https://e.com/c.png")]), code: "003005004"),
        Case(name: "resolution 4k", model: pro10, params: with(["resolution": "4k"]), code: "003005005"),
        Case(name: "ratio 2:1", model: pro10, params: with(["ratio": "2:1"]), code: "003005006"),
        Case(name: "duration 1", model: pro10, params: with(["duration": 1]), code: "003005007"),
        Case(name: "duration -1", model: pro10, params: with(["duration": -1]), code: "003005007"),
        Case(name: "frames 30", model: pro10, params: with(["frames": 30]), code: "003005008"),
        Case(name: "frames 293", model: pro10, params: with(["frames": 293]), code: "003005008"),
        Case(name: "seed 2^32", model: pro10, params: with(["seed": 4_294_967_296]), code: "003005009"),
        Case(name: "camera_fixed 1", model: pro10, params: with(["camera_fixed": 1]), code: "003005010"),
        Case(name: "item without type", model: pro10, params: ["content": [["text": "a"]]], code: "003005011"),
        Case(name: "text item without text", model: pro10, params: ["content": [["type": "text"]]], code: "003005012"),
        Case(name: "image item without image_url", model: pro10, params: ["content": [text, ["type": "image_url"]]], code: "003005013"),
        Case(
            name: "image_url a string", model: pro10, params: ["content": [text, ["type": "image_url", "image_url": "https://e.com/a.png"]]], code: "003005014"),
        Case(name: "ftp image URL", model: pro10, params: with([:], content: [text, image("ftp://e.com/a.png")]), code: "003005014"),
    ]

    @Test("each broken rule is refused with its code and nothing is created", arguments: cases)
    func refused(_ rule: Case) async throws {
        let rig = SparkDanceRig()
        let answer = try await rig.raw(.post, "/model/v1/generation", body: SparkDanceRig.body(rule.params, model: rule.model))
        #expect(answer.status == 400)
        #expect(answer.json["error"]?["code"] == .string(rule.code))
        let message = try #require(answer.json["error"]?["error_message"]?.stringValue)
        #expect(!message.isEmpty && answer.json["message"] == .string(message))
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("accepted edge values: 1.5 Pro auto duration, 1080p, HEIC and inline PNG; 1.0 Pro frames 29 and 289, 2 s")
    func accepted() async throws {
        let rig = SparkDanceRig()
        let bodies: [JSONValue] = [
            SparkDanceRig.body(Self.with(["duration": -1, "resolution": "1080p", "seed": 4_294_967_295, "execution_expires_after": 259_200])),
            SparkDanceRig.body(Self.with([:], content: [Self.image(Self.heic)])),
            SparkDanceRig.body(
                Self.with(
                    [:],
                    content: [
                        Self.text, Self.image(Self.png(1280, 720), role: "first_frame"), Self.image(Self.png(720, 1280, format: "jpg"), role: "last_frame"),
                    ])),
            SparkDanceRig.body(Self.with(["frames": 29]), model: Self.pro10),
            SparkDanceRig.body(Self.with(["frames": 289, "duration": 12]), model: Self.pro10),
            SparkDanceRig.body(Self.with(["duration": 2, "generate_audio": true]), model: Self.pro10),
            SparkDanceRig.body(Self.with([:]), model: "spark_dance_v1_0_pro_fast"),
        ]
        for body in bodies {
            let answer = try await rig.raw(.post, "/model/v1/generation", body: body)
            #expect(answer.status == 200, "\(body): \(answer.json)")
        }
        #expect(rig.simulator.counters.createsCommitted == bodies.count)
    }

    @Test("an unknown model, a flat body and a non-JSON body are refused")
    func envelopeErrors() async throws {
        let rig = SparkDanceRig()
        let unknown = try await rig.raw(.post, "/model/v1/generation", body: SparkDanceRig.body(Self.with([:]), model: "spark_dance_v9"))
        #expect(unknown.status == 400 && unknown.json["error"]?["code"] == "model_not_found")
        let flat = try await rig.raw(.post, "/model/v1/generation", body: ["model": "spark_dance_v1_0_pro", "content": [Self.text]])
        #expect(flat.status == 400 && flat.json["error"]?["code"] == "003005001")
        let missing = try await rig.raw(.post, "/model/v1/generation", body: ["input": [["params": .object(Self.with([:]))]]])
        #expect(missing.status == 400 && missing.json["error"]?["code"] == "invalid_request")
        var garbage = SeedanceHTTPRequest.createJSON(URL(string: rig.base.absoluteString + "/model/v1/generation")!, body: Data("{not json".utf8))
        garbage.headers["Authorization"] = "Bearer \(SparkDanceRig.key)"
        let notJSON = try await rig.transport.send(garbage)
        #expect(notJSON.status == 400 && JSONAssert.parse(notJSON.body)["error"]?["code"] == "invalid_request")
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("a final needs a finished draft: a running draft or a non-draft task is refused with 003015001")
    func finalNeedsAFinishedDraft() async throws {
        let rig = SparkDanceRig()
        let draft = try #require(try await rig.raw(.post, "/model/v1/generation", body: SparkDanceRig.body(Self.with(["draft": true]))).json["id"]?.stringValue)
        let normal = try #require(try await rig.raw(.post, "/model/v1/generation", body: SparkDanceRig.body(Self.with([:]))).json["id"]?.stringValue)
        for id in [draft, normal] {
            let final = try await rig.raw(
                .post, "/model/v1/generation", body: SparkDanceRig.body(["content": [["type": "draft_task", "draft_task": ["id": .string(id)]]]]))
            #expect(final.status == 400 && final.json["error"]?["code"] == "003015001")
        }
        rig.clock.advance(by: .seconds(100))
        let unfinished = try await rig.raw(
            .post, "/model/v1/generation", body: SparkDanceRig.body(["content": [["type": "draft_task", "draft_task": ["id": .string(normal)]]]]))
        #expect(unfinished.status == 400)
        let final = try await rig.raw(
            .post, "/model/v1/generation", body: SparkDanceRig.body(["content": [["type": "draft_task", "draft_task": ["id": .string(draft)]]]]))
        #expect(final.status == 200)
        #expect(rig.simulator.counters.createsCommitted == 3)
    }

    @Test("status of an unknown task is 404 task_not_found; without an id 400; without a key 401")
    func statusErrors() async throws {
        let rig = SparkDanceRig()
        let unknown = try await rig.raw(.get, "/model/v1/generation/task/task_nope")
        #expect(unknown.status == 404 && unknown.json["error"]?["code"] == "task_not_found")
        let noID = try await rig.raw(.get, "/model/v1/generation/task")
        #expect(noID.status == 400 && noID.json["error"]?["code"] == "invalid_request")
        let noKey = try await rig.raw(.get, "/model/v1/generation/task/task_nope", key: nil)
        #expect(noKey.status == 401 && noKey.json["error"]?["code"] == "unauthorized")
    }
}
