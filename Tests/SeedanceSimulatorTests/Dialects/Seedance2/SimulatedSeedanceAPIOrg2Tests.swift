import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// seedanceapi.org's `/v2` family on the simulated server: `POST /v2/generate` with `seedance-2.0`,
/// `seedance-2.0-fast` and `seedance-2-mini`, `GET /v2/status`, the v1 envelopes and codes, published prices.
@Suite("Simulated seedanceapi.org: /v2", .timeLimit(.minutes(3)))
struct SimulatedSeedanceAPIOrg2Tests {
    static func rig(balance: Int? = nil) -> Seedance2Rig {
        Seedance2Rig(dialects: [SimulatedSeedanceAPIOrg(), SimulatedSeedanceAPIOrg2(v1: SimulatedSeedanceAPIOrg(creditBalance: balance))])
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var body: [String: JSONValue]
        var code: String
        var message: String
        var testDescription: String { "\(name) → \(code)" }
    }

    static let cases: [Case] = [
        Case(name: "no prompt", body: ["duration": 5], code: "INVALID_PROMPT", message: "prompt"),
        Case(
            name: "an unknown model", body: ["prompt": "p", "model": "seedance-2.5"], code: "INVALID_REQUEST",
            message: "seedance-2.0, seedance-2.0-fast, seedance-2-mini"),
        Case(name: "duration 8 on 2.0", body: ["prompt": "p", "duration": 8], code: "INVALID_DURATION", message: "must be 5, 10 or 15 (a number); got 8"),
        Case(name: "duration as a string", body: ["prompt": "p", "duration": "10"], code: "INVALID_DURATION", message: "got \"10\""),
        Case(
            name: "duration 16 on mini", body: ["prompt": "p", "model": "seedance-2-mini", "duration": 16], code: "INVALID_DURATION", message: "from 4 to 15"),
        Case(name: "ratio 21:9", body: ["prompt": "p", "aspect_ratio": "21:9"], code: "INVALID_ASPECT_RATIO", message: "21:9"),
        Case(
            name: "ratio with images", body: ["prompt": "p", "images": ["https://e.com/a.png"], "aspect_ratio": "9:16"], code: "INVALID_ASPECT_RATIO",
            message: "text-to-video only"),
        Case(
            name: "five images", body: ["prompt": "p", "images": .array(Array(repeating: "https://e.com/a.png", count: 5))], code: "TOO_MANY_IMAGES",
            message: "Maximum 4"),
        Case(name: "resolution on 2.0", body: ["prompt": "p", "resolution": "720p"], code: "INVALID_REQUEST", message: "resolution"),
        Case(
            name: "1080p on mini", body: ["prompt": "p", "model": "seedance-2-mini", "resolution": "1080p"], code: "INVALID_RESOLUTION", message: "480p, 720p"),
        Case(
            name: "reference videos on fast", body: ["prompt": "p", "model": "seedance-2.0-fast", "reference_video_urls": ["https://e.com/v.mp4"]],
            code: "INVALID_REQUEST", message: "reference_video_urls"),
        Case(
            name: "four reference videos on mini",
            body: ["prompt": "p", "model": "seedance-2-mini", "reference_video_urls": .array(Array(repeating: "https://e.com/v.mp4", count: 4))],
            code: "INVALID_REQUEST", message: "Maximum 3"),
        Case(
            name: "references with images",
            body: ["prompt": "p", "model": "seedance-2-mini", "images": ["https://e.com/a.png"], "reference_video_urls": ["https://e.com/v.mp4"]],
            code: "INVALID_REQUEST", message: "cannot be combined"),
        Case(name: "a local callback over http", body: ["prompt": "p", "callback_url": "ftp://e.com/hook"], code: "INVALID_REQUEST", message: "callback_url"),
    ]

    @Test("each broken rule is refused with its code and nothing is created", arguments: cases)
    func refused(_ rule: Case) async throws {
        let rig = Self.rig()
        let answer = try await rig.post("/v2/generate", rule.body)
        #expect(answer.status == 400 && answer.json["error"] == .string(rule.code), "\(answer.json)")
        #expect(answer.json["message"]?.stringValue?.contains(rule.message) == true, "\(answer.json)")
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("a 2.0 fast video of 10 s costs 320 credits, echoes its request and serves a 9:16 720p result; v1 still answers on /v1")
    func lifecycle() async throws {
        let rig = Self.rig()
        let created = try await rig.post("/v2/generate", ["model": "seedance-2.0-fast", "prompt": "A corgi surfing", "duration": 10, "aspect_ratio": "9:16"])
        #expect(created.status == 200 && created.json["data"]?["status"] == "IN_PROGRESS")
        let id = try #require(created.json["data"]?["task_id"]?.stringValue)
        #expect(id.hasPrefix("seed2"))
        rig.clock.advance(by: .seconds(101))
        let status = try await rig.send(.get, "/v2/status?task_id=" + id).json
        #expect(status["data"]?["status"] == "SUCCESS" && status["data"]?["consumed_credits"] == 320)
        #expect(status["data"]?["request"] == ["model": "seedance-2.0-fast", "prompt": "A corgi surfing", "aspect_ratio": "9:16", "duration": 10])
        let link = try #require(status["data"]?["response"]?[0]?.stringValue)
        let info = try MediaInspector.inspect(try await rig.fetch(link).body, field: "result", provider: "simulator")
        #expect(info.width == 720 && info.height == 1280 && info.durationSeconds == 10)
        #expect(try await rig.post("/v1/generate", ["prompt": "a cat", "duration": "4"]).status == 200)
    }

    @Test("accepted: 2.0 with four images, 2-mini at 480p for 7 s with a hosted reference clip")
    func accepted() async throws {
        let rig = Self.rig()
        let bodies: [[String: JSONValue]] = [
            ["prompt": "p", "images": .array(Array(repeating: "https://e.com/a.png", count: 4)), "duration": 15, "public": false],
            [
                "prompt": "p", "model": "seedance-2-mini", "resolution": "480p", "duration": 7,
                "reference_video_urls": [.string(Seedance2Rig.sample("reference.mp4"))],
            ],
        ]
        for body in bodies {
            let answer = try await rig.post("/v2/generate", body)
            #expect(answer.status == 200, "\(answer.json)")
        }
    }

    @Test("a limited balance refuses a 2.0 15 s video (720 credits) once 500 are left, with 402 INSUFFICIENT_CREDITS")
    func credits() async throws {
        let rig = Self.rig(balance: 1000)
        #expect(try await rig.post("/v2/generate", ["prompt": "p", "duration": 10]).status == 200)
        let refused = try await rig.post("/v2/generate", ["prompt": "p", "duration": 15])
        #expect(refused.status == 402 && refused.json["error"] == "INSUFFICIENT_CREDITS")
        #expect(refused.json["message"]?.stringValue?.contains("it costs 720, 520 left") == true, "\(refused.json)")
        #expect(SimulatedSeedanceAPIOrg2.credits(model: "seedance-2.0", durationSeconds: 5) == 240)
        #expect(SimulatedSeedanceAPIOrg2.credits(model: "seedance-2-mini", durationSeconds: 5) == nil)
    }
}
