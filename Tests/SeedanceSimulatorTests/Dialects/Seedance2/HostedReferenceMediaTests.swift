import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// The simulator hosts reference media (built-in samples, and files clients upload) and holds the 2.x reference
/// rules against those files: lengths per clip and per type, pixel count, frame rate, sizes and containers.
@Suite("Simulator: hosted reference media", .timeLimit(.minutes(3)))
struct HostedReferenceMediaTests {
    typealias B = Seedance2Body

    static func video(seconds: Double, width: Int = 1280, height: Int = 720, fps: Int = 24) -> Data {
        ReferenceMedia.video(width: width, height: height, seconds: seconds, framesPerSecond: fps)
    }

    @Test("samples are served without a key and pass as 1280 × 720 24 fps 3 s H.264 (mp4 and mov), 3 s wav and mp3, a 640 × 640 png")
    func samples() async throws {
        let rig = Seedance2Rig()
        for name in ["reference.mp4", "reference.mov"] {
            let answer = try await rig.fetch(Seedance2Rig.sample(name))
            #expect(answer.status == 200 && answer.headers["Content-Type"] == (name.hasSuffix("mov") ? "video/quicktime" : "video/mp4"))
            let info = try MediaInspector.inspect(answer.body, field: name, provider: "simulator")
            #expect(info.format == (name.hasSuffix("mov") ? .mov : .mp4) && info.videoCodec == .h264)
            #expect(info.width == 1280 && info.height == 720 && info.framesPerSecond == 24 && info.durationSeconds == 3)
        }
        for name in ["reference.wav", "reference.mp3"] {
            let answer = try await rig.fetch(Seedance2Rig.sample(name))
            let info = try MediaInspector.inspect(answer.body, field: name, provider: "simulator")
            #expect(info.durationSeconds == 3 && info.durationIsEstimate == false)
        }
        let png = try await rig.fetch(Seedance2Rig.sample("reference.png"))
        let image = try ImageInspector.inspect(png.body, field: "png", provider: "simulator")
        #expect(image.format == .png && image.width == 640 && image.height == 640)
        #expect(try await rig.fetch(Seedance2Rig.sample("nothing.mp4")).status == 404)
    }

    @Test("POST /media/uploads hosts the bytes and answers their URL; GET serves them back; other bytes 415, none 400")
    func upload() async throws {
        let rig = Seedance2Rig()
        let bytes = Self.video(seconds: 2)
        let answer = try await rig.send(.post, "/media/uploads", bytes: bytes, key: nil)
        #expect(answer.status == 200)
        #expect(answer.json["url"] == "http://127.0.0.1:8078/media/uploads/upload-1.mp4")
        #expect(answer.json["content_type"] == "video/mp4" && answer.json["bytes"] == .integer(Int64(bytes.count)))
        let served = try await rig.fetch("http://127.0.0.1:8078/media/uploads/upload-1.mp4")
        #expect(served.status == 200 && served.body == bytes && served.headers["Content-Type"] == "video/mp4")
        let wav = try await rig.upload(AudioWriter.wav(seconds: 2))
        #expect(wav.hasSuffix("/media/uploads/upload-2.wav"))
        let junk = try await rig.send(.post, "/media/uploads", bytes: Data("not media".utf8), key: nil)
        #expect(junk.status == 415 && junk.json["error"]?["code"] == "UnsupportedMediaType")
        #expect(try await rig.send(.post, "/media/uploads", bytes: Data(), key: nil).status == 400)
        #expect(try await rig.fetch("http://127.0.0.1:8078/media/uploads/upload-9.mp4").status == 404)
    }

    @Test("hosted samples and uploads within the limits are accepted on 2.0 and 2.5")
    func accepted() async throws {
        let rig = Seedance2Rig()
        let fiveSeconds = try await rig.upload(Self.video(seconds: 5, width: 640, height: 640, fps: 60))
        let sixteen = try await rig.upload(Self.video(seconds: 16))
        let bodies = [
            B.ark(
                B.v20,
                [
                    B.text, B.image(Seedance2Rig.sample("reference.png"), role: "reference_image"), B.video(Seedance2Rig.sample("reference.mp4")),
                    B.video(fiveSeconds), B.audio(Seedance2Rig.sample("reference.wav")), B.audio(Seedance2Rig.sample("reference.mp3")),
                ]),
            B.ark(B.v25, [B.text, B.video(sixteen), B.video(Seedance2Rig.sample("reference.mov"))]),
            B.ark(B.v25, [B.text, B.video(sixteen)], ["omni_reference_task_type": "edit"]),
        ]
        for body in bodies {
            let answer = try await rig.ark(body)
            #expect(answer.status == 200, "\(answer.json)")
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var model: String
        var files: [(kind: String, data: Data)]
        var taskType: String? = nil
        var code = "InvalidParameter"
        var message: String
        var testDescription: String { "\(name) → \(message)" }
    }

    static let cases: [Case] = [
        Case(name: "a 1 s video", model: B.v20, files: [("video", video(seconds: 1))], message: "lasts 1 s; each reference clip must last 2 … 15 s"),
        Case(name: "a 16 s video on 2.0", model: B.v20Fast, files: [("video", video(seconds: 16))], message: "lasts 16 s"),
        Case(name: "a 31 s video on 2.5", model: B.v25, files: [("video", video(seconds: 31))], message: "must last 2 … 30 s"),
        Case(name: "two 8 s videos on 2.0", model: B.v20, files: [("video", video(seconds: 8)), ("video", video(seconds: 8))], message: "last 16 s together"),
        Case(name: "320 × 240 pixels", model: B.v20, files: [("video", video(seconds: 3, width: 320, height: 240))], message: "409600 … 8295044 pixels"),
        Case(name: "4096 × 2160 pixels", model: B.v25, files: [("video", video(seconds: 3, width: 4096, height: 2160))], message: "pixels"),
        Case(name: "20 fps", model: B.v20, files: [("video", video(seconds: 3, fps: 20))], message: "20 fps; reference videos need 24 … 60 fps"),
        Case(name: "a wav as a video", model: B.v20, files: [("video", AudioWriter.wav(seconds: 3))], message: "not a readable mp4 or mov video"),
        Case(name: "a 1 s wav", model: B.v25, files: [("audio", AudioWriter.wav(seconds: 1))], message: "lasts 1 s"),
        Case(
            name: "a 16 s mp3 on 2.0", model: B.v20, files: [("image", Data()), ("audio", AudioWriter.mp3(seconds: 16))],
            message: "lasts 16.01 s; each reference clip must last 2 … 15 s"),
        Case(
            name: "two 16 s clips on 2.5", model: B.v25, files: [("audio", AudioWriter.wav(seconds: 16)), ("audio", AudioWriter.wav(seconds: 16))],
            message: "last 32 s together; model \(B.v25) takes at most 30 s"),
        Case(name: "a 16 MB wav", model: B.v25, files: [("audio", AudioWriter.wav(seconds: 2_000))], message: "at most 15 MB"),
        Case(name: "an mp4 as audio", model: B.v25, files: [("audio", video(seconds: 3))], message: "not a readable wav or mp3"),
        Case(
            name: "an edit of a 3 s video", model: B.v25Premium, files: [("video", video(seconds: 3))], taskType: "edit",
            code: "InvalidParameter.TaskTypeConstraint", message: "the source video of an edit task must last 4 … 30 s"),
    ]

    @Test("hosted reference media breaking a rule are refused naming the item, and nothing is created", arguments: cases)
    func refused(_ rule: Case) async throws {
        let rig = Seedance2Rig()
        var content = [B.text]
        for file in rule.files {
            switch file.kind {
            case "image": content.append(B.refImage)
            case "video": content.append(B.video(try await rig.upload(file.data)))
            default: content.append(B.audio(try await rig.upload(file.data)))
            }
        }
        var extra: [String: JSONValue] = [:]
        if let type = rule.taskType { extra["omni_reference_task_type"] = .string(type) }
        let answer = try await rig.ark(B.ark(rule.model, content, extra))
        #expect(answer.status == 400)
        #expect(answer.json["error"]?["code"] == .string(rule.code))
        #expect(answer.json["error"]?["message"]?.stringValue?.contains(rule.message) == true, "\(answer.json)")
        #expect(answer.json["error"]?["param"]?.stringValue?.hasPrefix("content") == true)
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("a hosted URL naming no file is refused as not downloadable; other hosts are accepted unchecked; inline audio is inspected")
    func reachability() async throws {
        let rig = Seedance2Rig()
        let missing = try await rig.ark(B.ark(B.v20, [B.text, B.video("http://localhost:8078/media/uploads/upload-7.mp4")]))
        #expect(missing.status == 400 && missing.json["error"]?["message"]?.stringValue?.contains("could not be downloaded") == true)
        let elsewhere = try await rig.ark(B.ark(B.v20, [B.text, B.video("https://cdn.example.com/media/uploads/any.mp4")]))
        #expect(elsewhere.status == 200)
        let short = "data:audio/wav;base64," + AudioWriter.wav(seconds: 1).base64EncodedString()
        let inline = try await rig.ark(B.ark(B.v25, [B.text, B.audio(short)]))
        #expect(inline.status == 400 && inline.json["error"]?["param"] == "content[1].audio_url.url")
        #expect(inline.json["error"]?["message"]?.stringValue?.contains("lasts 1 s") == true)
    }

    @Test("a 2.5 edit of a hosted 12 s clip lasts 0.4 s less, reported as the fractional 11.583, and its result has 278 frames")
    func editLength() async throws {
        let rig = Seedance2Rig()
        let source = try await rig.upload(Self.video(seconds: 12))
        let id = try await rig.arkCreate(B.ark(B.v25, [B.text, B.video(source)], ["omni_reference_task_type": "edit", "output_format": "mov"]))
        #expect(try await rig.arkTask(id)["duration"] == -1)
        rig.clock.advance(by: .seconds(101))
        let task = try await rig.arkTask(id)
        #expect(task["duration"] == .double(11.583))
        #expect(task["usage"]?["total_tokens"] == 251_100)  // (24 × 11.583 + 1 = 279 frames) × 1280 × 720 ÷ 1024
        let info = try MediaInspector.inspect(
            try await rig.fetch(try #require(task["content"]?["video_url"]?.stringValue)).body, field: "result", provider: "simulator")
        #expect(info.format == .mov && info.durationSeconds.map { abs($0 - 278.0 / 24) < 0.001 } == true)
    }
}
