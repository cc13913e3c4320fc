import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The simulated Ark server's rules: create validation (known models by their limits, other ids on the generic
/// rules), list paging and filters, DELETE semantics per state, and how long tasks stay visible.
@Suite("Simulated ModelArk: rules", .timeLimit(.minutes(3)))
struct SimulatedModelArkRulesTests {
    static let tasks = "/contents/generations/tasks"
    static let pro15 = "seedance-1-5-pro-251215"
    static let pro10 = "doubao-seedance-1-0-pro-250528"
    static let text: JSONValue = ["type": "text", "text": "a fox in the snow"]

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var body: [String: JSONValue]
        var code: String
        var param: String
        var testDescription: String { "\(name) → \(code) \(param)" }
    }

    static func body(_ extra: [String: JSONValue] = [:], model: String = pro15, content: [JSONValue] = [text]) -> [String: JSONValue] {
        var body: [String: JSONValue] = ["model": .string(model), "content": .array(content)]
        body.merge(extra) { _, new in new }
        return body
    }

    static let cases: [Case] = [
        Case(name: "no model", body: ["content": [text]], code: "MissingParameter", param: "model"),
        Case(name: "no content", body: ["model": .string(pro15)], code: "MissingParameter", param: "content"),
        Case(name: "empty content", body: body(content: []), code: "InvalidParameter", param: "content"),
        Case(name: "text item without text", body: body(content: [["type": "text"]]), code: "MissingParameter", param: "content"),
        Case(name: "1.5 Pro duration 3", body: body(["duration": 3]), code: "InvalidParameter", param: "duration"),
        Case(name: "1.5 Pro frames", body: body(["frames": 57]), code: "InvalidParameter", param: "frames"),
        Case(name: "1.0 Pro duration -1", body: body(["duration": -1], model: pro10), code: "InvalidParameter", param: "duration"),
        Case(name: "1.0 Pro frames 58", body: body(["frames": 58], model: pro10), code: "InvalidParameter", param: "frames"),
        Case(name: "1.0 Pro draft", body: body(["draft": true], model: pro10), code: "InvalidParameter", param: "draft"),
        Case(name: "draft at 720p", body: body(["draft": true, "resolution": "720p"]), code: "InvalidParameter", param: "resolution"),
        Case(name: "ratio 9:21", body: body(["ratio": "9:21"]), code: "InvalidParameter", param: "ratio"),
        Case(name: "seed 2^32", body: body(["seed": 4_294_967_296]), code: "InvalidParameter", param: "seed"),
        Case(name: "expiry 300000", body: body(["execution_expires_after": 300_000]), code: "InvalidParameter", param: "execution_expires_after"),
        Case(name: "service tier scale", body: body(["service_tier": "scale"]), code: "InvalidParameter", param: "service_tier"),
        Case(name: "callback not a URL", body: body(["callback_url": "hook"]), code: "InvalidParameter", param: "callback_url"),
        Case(
            name: "lone last frame", body: body(content: [text, ["type": "image_url", "image_url": ["url": "https://e.com/a.png"], "role": "last_frame"]]),
            code: "InvalidParameter", param: "content"),
        Case(
            name: "unknown draft task", body: body(content: [["type": "draft_task", "draft_task": ["id": "cgt-nope"]]]), code: "InvalidParameter",
            param: "content"),
        Case(name: "endpoint id, duration 20", body: body(["duration": 20], model: "ep-20260101-abcde"), code: "InvalidParameter", param: "duration"),
        Case(name: "rejected prompt", body: body(content: [["type": "text", "text": "[reject] x"]]), code: "SensitiveContentDetected", param: "content"),
    ]

    @Test("each broken rule is refused with its code and parameter, and nothing is created", arguments: cases)
    func refused(_ rule: Case) async throws {
        let rig = ModelArkRig()
        let answer = try await rig.raw(.post, Self.tasks, body: .object(rule.body))
        #expect(answer.status == 400)
        #expect(answer.json["error"]?["code"] == .string(rule.code))
        #expect(answer.json["error"]?["param"] == .string(rule.param))
        #expect(answer.json["error"]?["message"]?.stringValue?.isEmpty == false)
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("other model ids are checked on generic rules only: 1080p draft-free frames, video items, any dated id")
    func genericModels() async throws {
        let rig = ModelArkRig()
        let bodies: [[String: JSONValue]] = [
            Self.body(["frames": 57, "resolution": "1080p"], model: "ep-20260101-abcde"),
            Self.body(model: "ep-20260101-abcde", content: [Self.text, ["type": "video_url", "video_url": ["url": "https://e.com/v.mp4"]]]),
            Self.body(["duration": -1, "generate_audio": false], model: "doubao-seedance-2-0-260128"),
            Self.body(["frames": 289], model: Self.pro10),
            Self.body(model: "seedance-1-0-lite-i2v-250428", content: [["type": "image_url", "image_url": ["url": "https://e.com/a.jpg"]]]),
        ]
        for body in bodies {
            let answer = try await rig.raw(.post, Self.tasks, body: .object(body))
            #expect(answer.status == 200, "\(body): \(answer.json)")
        }
    }

    @Test(
        "list paging: page_num and page_size within 1 … 500, else 400 InvalidParameter naming the parameter",
        arguments: ["page_num=0", "page_num=501", "page_size=0", "page_size=501", "page_num=x", "filter.status=paused", "filter.service_tier=scale"])
    func listBounds(_ query: String) async throws {
        let rig = ModelArkRig()
        let answer = try await rig.raw(.get, "\(Self.tasks)?\(query)")
        #expect(answer.status == 400 && answer.json["error"]?["code"] == "InvalidParameter")
        #expect(answer.json["error"]?["param"] == .string(String(query.prefix { $0 != "=" })))
    }

    @Test("list filters: status, repeated task ids, model and service tier; defaults page 1 of 10; 500 per page at most")
    func listFilters() async throws {
        let rig = ModelArkRig()
        var ids: [String] = []
        for index in 0..<12 {
            let model = index.isMultiple(of: 3) ? Self.pro10 : Self.pro15
            ids.append(try await rig.rawCreate(.object(Self.body(["service_tier": index == 5 ? "flex" : "default"], model: model))))
        }
        rig.clock.advance(by: .seconds(100))
        ids.append(try await rig.rawCreate(.object(Self.body())))
        func listed(_ query: String) async throws -> (Int64?, [String]) {
            let json = try await rig.raw(.get, "\(Self.tasks)?\(query)").json
            return (json["total"]?.integerValue, json["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? [])
        }
        #expect(try await listed("") == (13, Array(ids.reversed().prefix(10))))
        #expect(try await listed("page_size=500") == (13, ids.reversed()))
        #expect(try await listed("filter.status=queued") == (1, [ids[12]]))
        #expect(try await listed("filter.status=succeeded&page_size=5&page_num=3") == (12, [ids[1], ids[0]]))
        #expect(try await listed("filter.task_ids=\(ids[2])&filter.task_ids=\(ids[7])") == (2, [ids[7], ids[2]]))
        #expect(try await listed("filter.model=\(Self.pro10)").0 == 4)
        #expect(try await listed("filter.service_tier=flex") == (1, [ids[5]]))
        #expect(try await listed("page_num=3&page_size=10") == (13, []))
    }

    @Test("DELETE: queued → cancelled; running and cancelled refused; succeeded, failed and expired records deleted")
    func deleteSemantics() async throws {
        let rig = ModelArkRig()
        let queued = try await rig.rawCreate(.object(Self.body()))
        #expect(try await rig.raw(.delete, "\(Self.tasks)/\(queued)").status == 200)
        #expect(try await rig.raw(.get, "\(Self.tasks)/\(queued)").json["status"] == "cancelled")
        let again = try await rig.raw(.delete, "\(Self.tasks)/\(queued)")
        #expect(again.status == 400 && again.json["error"]?["message"] == "The task status is cancelled, which does not support this operation.")

        let finished = try await rig.rawCreate(.object(Self.body()))
        rig.clock.advance(by: .seconds(100))
        let deleted = try await rig.raw(.delete, "\(Self.tasks)/\(finished)")
        #expect(deleted.status == 200 && deleted.response.body.isEmpty)
        let gone = try await rig.raw(.get, "\(Self.tasks)/\(finished)")
        #expect(gone.status == 404 && gone.json["error"]?["code"] == "ResourceNotFound" && gone.json["error"]?["type"] == "NotFound")
        #expect(try await rig.raw(.delete, "\(Self.tasks)/\(finished)").status == 404)
        #expect(try await rig.raw(.delete, Self.tasks).json["error"]?["code"] == "MissingParameter")

        for outcome in ["failed", "expired"] {
            let ending = ModelArkRig { if outcome == "failed" { $0.failureRate = 1 } else { $0.expiryRate = 1 } }
            let id = try await ending.rawCreate(.object(Self.body()))
            ending.clock.advance(by: .seconds(100))
            #expect(try await ending.raw(.get, "\(Self.tasks)/\(id)").json["status"] == .string(outcome))
            #expect(try await ending.raw(.delete, "\(Self.tasks)/\(id)").status == 200)
            #expect(try await ending.raw(.get, "\(Self.tasks)/\(id)").status == 404)
        }
    }

    @Test("a task whose execution_expires_after passes before it could finish expires in the queue")
    func expiresAfter() async throws {
        let rig = ModelArkRig { $0.completionTime = .fixed(.seconds(4000)) }
        let short = try await rig.rawCreate(.object(Self.body(["execution_expires_after": 3600])))
        let long = try await rig.rawCreate(.object(Self.body()))
        rig.clock.advance(by: .seconds(3000))
        #expect(try await rig.raw(.get, "\(Self.tasks)/\(short)").json["status"] == "queued")
        #expect(try await rig.raw(.get, "\(Self.tasks)/\(long)").json["status"] == "running")
        rig.clock.advance(by: .seconds(1000))
        #expect(try await rig.raw(.get, "\(Self.tasks)/\(short)").json["status"] == "expired")
        #expect(try await rig.raw(.get, "\(Self.tasks)/\(long)").json["status"] == "succeeded")
    }

    @Test("a cancelled task disappears 24 h after its cancellation; any task 7 days after its creation")
    func visibility() async throws {
        let rig = ModelArkRig()
        let cancelled = try await rig.rawCreate(.object(Self.body()))
        let kept = try await rig.rawCreate(.object(Self.body()))
        _ = try await rig.raw(.delete, "\(Self.tasks)/\(cancelled)")
        rig.clock.advance(by: .seconds(86_400))
        #expect(try await rig.raw(.get, "\(Self.tasks)/\(cancelled)").status == 200)
        rig.clock.advance(by: .seconds(1))
        #expect(try await rig.raw(.get, "\(Self.tasks)/\(cancelled)").status == 404)
        #expect(try await rig.raw(.get, Self.tasks).json["total"] == 1)
        rig.clock.advance(by: .seconds(6 * 86_400))
        #expect(try await rig.raw(.get, "\(Self.tasks)/\(kept)").status == 404)
        #expect(try await rig.raw(.get, Self.tasks).json == ["total": 0, "items": []])
    }
}
