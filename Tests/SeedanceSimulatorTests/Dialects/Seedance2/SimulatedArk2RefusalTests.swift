import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// The simulated Ark server refuses what the Seedance 2.x documents forbid, at create, with HTTP 400 in Ark's
/// envelope `{"error": {"code", "message", "param", "type"}}`, and creates nothing.
@Suite("Simulated Ark: Seedance 2.x refusals", .timeLimit(.minutes(3)))
struct SimulatedArk2RefusalTests {
    typealias B = Seedance2Body

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var body: [String: JSONValue]
        var code = "InvalidParameter"
        var param: String
        /// A fragment of the expected message.
        var message: String
        var testDescription: String { "\(name) → \(code) \(param)" }
    }

    static func images(_ count: Int) -> [JSONValue] {
        (0..<count).map { B.image("https://cdn.example.com/\($0).png", role: "reference_image") }
    }

    static func notSupported(_ field: String, _ model: String) -> String {
        "the specified parameter \(field) is not supported for model \(model)."
    }

    static let fields: [Case] = [
        Case(
            name: "camera_fixed on 2.0", body: B.ark(B.v20, [B.text], ["camera_fixed": false]), param: "camera_fixed",
            message: notSupported("camera_fixed", B.v20)),
        Case(name: "frames on 2.5", body: B.ark(B.v25, [B.text], ["frames": 121]), param: "frames", message: notSupported("frames", B.v25)),
        Case(
            name: "service_tier default on 2.0 fast", body: B.ark(B.v20Fast, [B.text], ["service_tier": "default"]), param: "service_tier",
            message: notSupported("service_tier", B.v20Fast)),
        Case(name: "service_tier flex on 2.5", body: B.ark(B.v25, [B.text], ["service_tier": "flex"]), param: "service_tier", message: "service_tier"),
        Case(name: "draft false on 2.0", body: B.ark(B.v20, [B.text], ["draft": false]), param: "draft", message: notSupported("draft", B.v20)),
        Case(name: "draft on 2.0 mini", body: B.ark(B.volc20Mini, [B.text], ["draft": true]), param: "draft", message: notSupported("draft", B.volc20Mini)),
        Case(name: "draft on 2.5 flash", body: B.ark(B.v25Flash, [B.text], ["draft": true]), param: "draft", message: notSupported("draft", B.v25Flash)),
        Case(
            name: "output_format on 2.0", body: B.ark(B.v20, [B.text], ["output_format": "mp4"]), param: "output_format",
            message: notSupported("output_format", B.v20)),
        Case(
            name: "output_format on 2.5 flash", body: B.ark(B.v25Flash, [B.text], ["output_format": "mov"]), param: "output_format",
            message: notSupported("output_format", B.v25Flash)),
        Case(
            name: "task type on 2.0 (Volcengine)", body: B.ark(B.volc20, [B.text, B.refVideo], ["omni_reference_task_type": "auto"]),
            param: "omni_reference_task_type", message: notSupported("omni_reference_task_type", B.volc20)),
        Case(name: "tools on 2.5 flash", body: B.ark(B.v25Flash, [B.text], ["tools": [["type": "web_search"]]]), param: "tools", message: "tools"),
        Case(name: "resolution 1080p on 2.0 fast", body: B.ark(B.v20Fast, [B.text], ["resolution": "1080p"]), param: "resolution", message: "480p, 720p"),
        Case(name: "resolution 1080p on 2.0 mini", body: B.ark(B.volc20Mini, [B.text], ["resolution": "1080p"]), param: "resolution", message: "got \"1080p\""),
        Case(name: "resolution 4k on 2.5", body: B.ark(B.v25, [B.text], ["resolution": "4k"]), param: "resolution", message: "480p, 720p, 1080p for"),
        Case(name: "resolution 1080p on 2.5 flash", body: B.ark(B.v25Flash, [B.text], ["resolution": "1080p"]), param: "resolution", message: "480p, 720p"),
        Case(name: "resolution 2k on 2.0", body: B.ark(B.v20, [B.text], ["resolution": "2k"]), param: "resolution", message: "480p, 720p, 1080p, 4k"),
        Case(name: "ratio 5:4", body: B.ark(B.v20, [B.text], ["ratio": "5:4"]), param: "ratio", message: "got \"5:4\""),
        Case(name: "2.5 first frame at 16:9", body: B.ark(B.v25, [B.text, B.firstFrame], ["ratio": "16:9"]), param: "ratio", message: "adaptive"),
        Case(
            name: "2.5 Premium first+last at 9:16", body: B.ark(B.v25Premium, [B.firstFrame, B.lastFrame], ["ratio": "9:16"]), param: "ratio",
            message: "adaptive"),
        Case(
            name: "2.5 flash lone first frame at 1:1", body: B.ark(B.v25Flash, [B.image("https://e.com/a.jpg")], ["ratio": "1:1"]), param: "ratio",
            message: "adaptive"),
        Case(name: "duration 3 on 2.0", body: B.ark(B.v20, [B.text], ["duration": 3]), param: "duration", message: "-1 or an integer between 4 and 15"),
        Case(name: "duration 16 on 2.0 fast", body: B.ark(B.v20Fast, [B.text], ["duration": 16]), param: "duration", message: "got 16"),
        Case(name: "duration 31 on 2.5", body: B.ark(B.v25, [B.text], ["duration": 31]), param: "duration", message: "between 4 and 30"),
        Case(name: "duration 0 on 2.5 flash", body: B.ark(B.v25Flash, [B.text], ["duration": 0]), param: "duration", message: "between 4 and 30"),
        Case(name: "duration as a string", body: B.ark(B.v20, [B.text], ["duration": "5"]), param: "duration", message: "integer"),
        Case(name: "seed above int32", body: B.ark(B.v20, [B.text], ["seed": 2_147_483_648]), param: "seed", message: "2147483647"),
        Case(name: "priority 10", body: B.ark(B.v20, [B.text], ["priority": 10]), param: "priority", message: "between 0 and 9; got 10"),
        Case(name: "priority -1", body: B.ark(B.v25, [B.text], ["priority": -1]), param: "priority", message: "got -1"),
        Case(name: "priority a string", body: B.ark(B.v20Fast, [B.text], ["priority": "3"]), param: "priority", message: "got \"3\""),
        Case(name: "priority fractional", body: B.ark(B.v20, [B.text], ["priority": 2.5]), param: "priority", message: "integer"),
        Case(
            name: "safety_identifier of 65 characters", body: B.ark(B.v20, [B.text], ["safety_identifier": .string(String(repeating: "a", count: 65))]),
            param: "safety_identifier", message: "at most 64 characters"),
        Case(name: "safety_identifier a number", body: B.ark(B.v25, [B.text], ["safety_identifier": 42]), param: "safety_identifier", message: "string"),
        Case(name: "tools of another type", body: B.ark(B.volc20, [B.text], ["tools": [["type": "code_interpreter"]]]), param: "tools", message: "web_search"),
        Case(name: "tools empty", body: B.ark(B.volc20, [B.text], ["tools": []]), param: "tools", message: "got []"),
        Case(
            name: "tools twice", body: B.ark(B.volc25, [B.text], ["tools": [["type": "web_search"], ["type": "web_search"]]]), param: "tools",
            message: "web_search"),
        Case(name: "tools an object", body: B.ark(B.v20, [B.text], ["tools": ["type": "web_search"]]), param: "tools", message: "web_search"),
        Case(name: "output_format webm", body: B.ark(B.v25, [B.text], ["output_format": "webm"]), param: "output_format", message: "mp4 or mov"),
        Case(
            name: "task type remix", body: B.ark(B.v25, [B.text, B.refVideo], ["omni_reference_task_type": "remix"]), param: "omni_reference_task_type",
            message: "auto, reference, edit, extend"),
        Case(name: "draft at 720p", body: B.ark(B.v25, [B.text], ["draft": true, "resolution": "720p"]), param: "resolution", message: "480p video only"),
        Case(
            name: "draft with return_last_frame", body: B.ark(B.v25, [B.text], ["draft": true, "return_last_frame": true]), param: "return_last_frame",
            message: "draft mode does not support return_last_frame"),
    ]

    static func constraint(_ name: String, _ body: [String: JSONValue], _ param: String, _ message: String) -> Case {
        Case(name: name, body: body, code: "InvalidParameter.TaskTypeConstraint", param: param, message: message)
    }

    static let taskTypes: [Case] = [
        constraint("edit of a first frame", B.ark(B.v25, [B.text, B.firstFrame], ["omni_reference_task_type": "edit"]), "content", "reference media"),
        constraint("edit without a video", B.ark(B.v25, [B.text, B.refImage], ["omni_reference_task_type": "edit"]), "content", "reference_video"),
        constraint("extend of audio", B.ark(B.v25Premium, [B.text, B.refAudio], ["omni_reference_task_type": "extend"]), "content", "reference_video"),
        constraint("reference of text only", B.ark(B.v25, [B.text], ["omni_reference_task_type": "reference"]), "content", "reference media"),
        constraint("edit for 10 s", B.ark(B.v25, [B.text, B.refVideo], ["omni_reference_task_type": "edit", "duration": 10]), "duration", "-1"),
        constraint("edit at 16:9", B.ark(B.v25, [B.text, B.refVideo], ["omni_reference_task_type": "edit", "ratio": "16:9"]), "ratio", "adaptive"),
        constraint("extend at 9:16", B.ark(B.v25, [B.text, B.refVideo], ["omni_reference_task_type": "extend", "ratio": "9:16"]), "ratio", "adaptive"),
    ]

    static let content: [Case] = [
        Case(
            name: "unknown item type", body: B.ark(B.v20, [B.text, ["type": "video", "video": ["url": "https://e.com/v.mp4"]]]), param: "content",
            message: "got \"video\""),
        Case(
            name: "frames mixed with references", body: B.ark(B.v20, [B.text, B.firstFrame, B.refImage]), param: "content",
            message: "first/last frame content cannot be mixed with reference media content"),
        Case(
            name: "image role mask", body: B.ark(B.v20, [B.text, B.image("https://e.com/a.png", role: "mask")]), param: "content",
            message: "invalid role specified for image content"),
        Case(
            name: "video without a role", body: B.ark(B.v20, [B.text, B.video("https://e.com/v.mp4", role: nil)]), param: "content",
            message: "reference media mode requires video role to be reference_video"),
        Case(
            name: "audio with a video role", body: B.ark(B.v25, [B.text, B.audio("https://e.com/a.mp3", role: "reference_video")]), param: "content",
            message: "requires audio role to be reference_audio"),
        Case(
            name: "inline video", body: B.ark(B.v20, [B.text, B.video("data:video/mp4;base64,AAAA")]), param: "content[1].video_url.url",
            message: "does not accept base64"),
        Case(
            name: "video over ftp", body: B.ark(B.v20, [B.text, B.video("ftp://e.com/v.mp4")]), param: "content[1].video_url.url",
            message: "http(s) URL or asset://"),
        Case(name: "asset without id", body: B.ark(B.v20, [B.text, B.video("asset://")]), param: "content[1].video_url.url", message: "names no asset"),
        Case(name: "inline ogg audio", body: B.ark(B.v25, [B.text, B.audio("data:audio/ogg;base64,AAAA")]), param: "content[1].audio_url.url", message: "wav"),
        Case(
            name: "upper-case inline audio", body: B.ark(B.v25, [B.text, B.audio("data:audio/MP3;base64,AAAA")]), param: "content[1].audio_url.url",
            message: "lowercase"),
        Case(
            name: "10 images on 2.0", body: B.ark(B.v20, [B.text] + images(10)), param: "content",
            message: "at most 9 reference images for model \(B.v20); got 10"),
        Case(
            name: "4 videos on 2.0 fast", body: B.ark(B.v20Fast, [B.text] + Array(repeating: B.refVideo, count: 4)), param: "content",
            message: "at most 3 reference videos"),
        Case(
            name: "4 audio clips on 2.0 mini", body: B.ark(B.v20Mini, [B.text, B.refImage] + Array(repeating: B.refAudio, count: 4)), param: "content",
            message: "at most 3 reference audio clips"),
        Case(name: "31 images on 2.5", body: B.ark(B.v25, [B.text] + images(31)), param: "content", message: "at most 30 reference images"),
        Case(name: "11 audio clips on 2.5", body: B.ark(B.v25, [B.text] + Array(repeating: B.refAudio, count: 11)), param: "content", message: "at most 10"),
        Case(
            name: "audio alone on 2.0", body: B.ark(B.v20, [B.text, B.refAudio]), param: "content",
            message: "reference_audio cannot be the only reference input"),
        Case(name: "audio alone on 2.0 fast (Volcengine)", body: B.ark(B.volc20Fast, [B.text, B.refAudio]), param: "content", message: "cannot be the only"),
        Case(name: "audio alone on 2.5 flash", body: B.ark(B.v25Flash, [B.text, B.refAudio]), param: "content", message: "cannot be the only"),
        Case(name: "draft_task on 2.0", body: B.ark(B.v20, [B.draftTask("cgt-x")]), param: "content", message: "draft_task items are not supported for model"),
        Case(name: "draft_task with text", body: B.ark(B.v25, [B.text, B.draftTask("cgt-x")]), param: "content", message: "must be the only item"),
        Case(name: "draft_task naming no task", body: B.ark(B.v25, [B.draftTask("cgt-nope")]), param: "content", message: "names no task"),
        Case(name: "three frames", body: B.ark(B.v20, [B.firstFrame, B.lastFrame, B.firstFrame]), param: "content", message: "at most 2 frame images"),
        Case(name: "a lone last frame", body: B.ark(B.v25, [B.text, B.lastFrame]), param: "content", message: "needs a first_frame"),
        Case(name: "no content", body: ["model": .string(B.v20)], code: "MissingParameter", param: "content", message: "content is required"),
    ]

    @Test("each broken rule is refused with its code, parameter and message, and nothing is created", arguments: fields + taskTypes + content)
    func refused(_ rule: Case) async throws {
        let rig = Seedance2Rig()
        let answer = try await rig.ark(rule.body)
        #expect(answer.status == 400)
        #expect(answer.json["error"]?["code"] == .string(rule.code))
        #expect(answer.json["error"]?["param"] == .string(rule.param))
        #expect(answer.json["error"]?["type"] == "BadRequest")
        let message = try #require(answer.json["error"]?["message"]?.stringValue)
        #expect(message.contains(rule.message), "\(message)")
        #expect(rig.simulator.counters.createsCommitted == 0)
    }
}
