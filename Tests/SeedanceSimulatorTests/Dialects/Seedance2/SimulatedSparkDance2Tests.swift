import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// Vtrix's `spark_dance_v2_0` and `spark_dance_v2_0_fast` on the simulated spark_dance server: the Ark content
/// array and Ark sibling names inside `{"model", "input": [{"params": {…}}]}`, Ark's 2.0 limits, and the 003005
/// codes in spark_dance's `{"message", "error": {"code", "error_message"}}` envelope.
@Suite("Simulated spark_dance: Seedance 2.0", .timeLimit(.minutes(3)))
struct SimulatedSparkDance2Tests {
    typealias B = Seedance2Body

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var model = "spark_dance_v2_0"
        var params: [String: JSONValue]
        var code: String
        var message: String
        var testDescription: String { "\(model): \(name) → \(code)" }
    }

    static let cases: [Case] = [
        Case(
            name: "camera_fixed", params: B.params([B.text], ["camera_fixed": true]), code: "003005002",
            message: "camera_fixed is not supported for model spark_dance_v2_0"),
        Case(
            name: "service_tier", model: "spark_dance_v2_0_fast", params: B.params([B.text], ["service_tier": "default"]), code: "003005002",
            message: "service_tier"),
        Case(name: "frames", params: B.params([B.text], ["frames": 121]), code: "003005002", message: "frames"),
        Case(name: "draft", params: B.params([B.text], ["draft": true]), code: "003005002", message: "draft"),
        Case(name: "output_format", params: B.params([B.text], ["output_format": "mov"]), code: "003005002", message: "output_format"),
        Case(
            name: "task type", params: B.params([B.text, B.refVideo], ["omni_reference_task_type": "edit"]), code: "003005002",
            message: "omni_reference_task_type"),
        Case(name: "priority 10", params: B.params([B.text], ["priority": 10]), code: "003005002", message: "between 0 and 9"),
        Case(name: "tools of another type", params: B.params([B.text], ["tools": [["type": "x"]]]), code: "003005002", message: "web_search"),
        Case(name: "frames with references", params: B.params([B.firstFrame, B.refAudio]), code: "003005004", message: "cannot be mixed"),
        Case(name: "audio alone", params: B.params([B.text, B.refAudio]), code: "003005004", message: "cannot be the only reference input"),
        Case(
            name: "four videos", model: "spark_dance_v2_0_fast", params: B.params([B.text] + Array(repeating: B.refVideo, count: 4)), code: "003005004",
            message: "at most 3 reference videos"),
        Case(
            name: "video without a role", params: B.params([B.text, B.video("https://e.com/v.mp4", role: nil)]), code: "003005004", message: "reference_video"),
        Case(name: "inline video", params: B.params([B.text, B.video("data:video/mp4;base64,AAAA")]), code: "003005003", message: "base64"),
        Case(
            name: "1080p on fast", model: "spark_dance_v2_0_fast", params: B.params([B.text], ["resolution": "1080p"]), code: "003005005", message: "480p, 720p"
        ),
        Case(name: "2k", params: B.params([B.text], ["resolution": "2k"]), code: "003005005", message: "480p, 720p, 1080p, 4k"),
        Case(name: "duration 16", params: B.params([B.text], ["duration": 16]), code: "003005007", message: "between 4 and 15"),
        Case(name: "ratio 2:1", params: B.params([B.text], ["ratio": "2:1"]), code: "003005006", message: "2:1"),
        Case(name: "draft_task", params: B.params([B.draftTask("task_x")]), code: "003005002", message: "draft_task items are not supported"),
    ]

    @Test("each broken rule is refused with its code and nothing is created", arguments: cases)
    func refused(_ rule: Case) async throws {
        let rig = Seedance2Rig()
        let answer = try await rig.vtrix(rule.params, model: rule.model)
        #expect(answer.status == 400)
        #expect(answer.json["error"]?["code"] == .string(rule.code))
        let message = try #require(answer.json["error"]?["error_message"]?.stringValue)
        #expect(message.contains(rule.message), "\(message)")
        #expect(answer.json["message"] == .string(message))
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("a 2.0 reference task with hosted video and audio, web search and priority completes with a 1080p mp4 of its length")
    func reference() async throws {
        let rig = Seedance2Rig()
        let params = B.params(
            [B.text, B.refImage, B.video(Seedance2Rig.sample("reference.mp4")), B.audio(Seedance2Rig.sample("reference.mp3"))],
            ["resolution": "1080p", "ratio": "9:16", "duration": 8, "tools": [["type": "web_search"]], "priority": 5, "safety_identifier": "u-1"])
        let created = try await rig.vtrix(params)
        #expect(created.status == 200 && created.json["status"] == "in_progress" && created.json["model"] == "spark_dance_v2_0")
        let id = try #require(created.json["id"]?.stringValue)
        rig.clock.advance(by: .seconds(101))
        let task = try await rig.send(.get, "/vtrix/model/v1/generation/task/" + id).json
        #expect(task["status"] == "completed")
        let video = try #require(task["output"]?[0]?["content"]?[0])
        #expect(video["duration"] == "8" && video["format"] == "mp4" && video["resolution"] == "1080p" && video["ratio"] == "9:16" && video["fps"] == 24)
        let file = try await rig.fetch(try #require(video["url"]?.stringValue))
        let info = try MediaInspector.inspect(file.body, field: "result", provider: "simulator")
        #expect(info.width == 1080 && info.height == 1920 && info.durationSeconds == 8)
    }

    @Test("2.0 fast takes 720p, -1 and 15 s, first + last frames and an asset; 2.0 takes 4k")
    func accepted() async throws {
        let rig = Seedance2Rig()
        let bodies: [(String, [String: JSONValue])] = [
            ("spark_dance_v2_0_fast", B.params([B.text, B.firstFrame, B.lastFrame], ["resolution": "720p", "duration": -1, "return_last_frame": true])),
            ("spark_dance_v2_0_fast", B.params([B.text, B.video("asset://asset-20260101-abc")], ["duration": 15])),
            ("spark_dance_v2_0", B.params([B.text], ["resolution": "4k", "ratio": "21:9", "seed": 7])),
        ]
        for (model, params) in bodies {
            let answer = try await rig.vtrix(params, model: model)
            #expect(answer.status == 200, "\(model): \(answer.json)")
        }
    }
}
