import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// The simulated Ark server accepts every documented Seedance 2.x request shape, and its task objects echo the 2.x
/// fields, count tokens by frames, report web searches, and serve a result of the documented pixel size.
@Suite("Simulated Ark: Seedance 2.x tasks", .timeLimit(.minutes(3)))
struct SimulatedArk2TaskTests {
    typealias B = Seedance2Body

    /// Creates `body`, lets it finish, and returns the succeeded task object.
    static func finished(_ body: [String: JSONValue], rig: Seedance2Rig) async throws -> JSONValue {
        let id = try await rig.arkCreate(body)
        rig.clock.advance(by: .seconds(101))
        let task = try await rig.arkTask(id)
        #expect(task["status"] == "succeeded", "\(task)")
        return task
    }

    @Test("2.0 text-to-video in 4K 21:9 for 12 s echoes priority and safety_identifier, bills (24 × 12 + 1) × 4398 × 1886 ÷ 1024")
    func fourK() async throws {
        let rig = Seedance2Rig()
        let body = B.ark(
            B.v20, [B.text],
            ["resolution": "4K", "ratio": "21:9", "duration": 12, "generate_audio": false, "priority": 3, "safety_identifier": "3f1d9c0e7b2a4c55"])
        let id = try await rig.arkCreate(body)
        let queued = try await rig.arkTask(id)
        #expect(queued["status"] == "queued")
        #expect(queued["resolution"] == "4k" && queued["ratio"] == "21:9" && queued["duration"] == 12)
        #expect(queued["priority"] == 3 && queued["safety_identifier"] == "3f1d9c0e7b2a4c55")
        #expect(queued["output_format"] == nil && queued["draft"] == nil && queued["tools"] == nil && queued["frames"] == nil)
        rig.clock.advance(by: .seconds(101))
        let task = try await rig.arkTask(id)
        #expect(task["usage"] == ["completion_tokens": 2_340_964, "total_tokens": 2_340_964])
        let link = try #require(task["content"]?["video_url"]?.stringValue)
        #expect(link.hasSuffix("/video.mp4"))
        let video = try await rig.fetch(link)
        #expect(video.status == 200 && video.headers["Content-Type"] == "video/mp4")
        let info = try MediaInspector.inspect(video.body, field: "result", provider: "simulator")
        #expect(info.format == .mp4 && info.width == 4398 && info.height == 1886 && info.framesPerSecond == 24 && info.durationSeconds == 12)
    }

    @Test("2.0 fast first + last frame with duration -1: the model picks the length, defaults 720p adaptive")
    func firstAndLast() async throws {
        let rig = Seedance2Rig()
        let body = B.ark(B.v20Fast, [B.text, B.firstFrame, B.lastFrame], ["duration": -1, "return_last_frame": true])
        let id = try await rig.arkCreate(body)
        let queued = try await rig.arkTask(id)
        #expect(queued["duration"] == -1 && queued["resolution"] == "720p" && queued["ratio"] == "adaptive" && queued["priority"] == 0)
        rig.clock.advance(by: .seconds(101))
        let task = try await rig.arkTask(id)
        let seconds = try #require(task["duration"]?.integerValue)
        #expect((4...15).contains(seconds) && task["ratio"] == "16:9")
        let frames = 24 * Double(seconds) + 1
        let tokens = Int64((frames * 1280 * 720 / 1024).rounded())
        #expect(task["usage"]?["total_tokens"] == .integer(tokens))
        #expect(task["content"]?["last_frame_url"]?.stringValue != nil)
    }

    @Test("2.0 (Volcengine) reference mode: inline image, asset video, URL audio at 1080p 9:16; defaults duration 5")
    func references() async throws {
        let rig = Seedance2Rig()
        let png = "data:image/png;base64," + PNGWriter.png(width: 640, height: 640) { _, _ in (1, 2, 3) }.base64EncodedString()
        let body = B.ark(
            B.volc20, [B.text, B.image(png, role: "reference_image"), B.video("asset://ASSET_ID"), B.refAudio],
            ["resolution": "1080p", "ratio": "9:16", "generate_audio": true])
        let task = try await Self.finished(body, rig: rig)
        #expect(task["duration"] == 5 && task["resolution"] == "1080p" && task["ratio"] == "9:16")
        #expect(task["usage"]?["total_tokens"] == 245_025)  // (24 × 5 + 1) × 1080 × 1920 ÷ 1024
    }

    @Test("every reference count at its limit is accepted: 9 / 3 / 3 on 2.0, 30 / 10 / 10 on 2.5, 30 / 10 / 10 on 2.5 flash")
    func countsAtLimits() async throws {
        let rig = Seedance2Rig()
        for (model, images, clips) in [(B.v20, 9, 3), (B.v25, 30, 10), (B.v25Flash, 30, 10)] {
            let content =
                [B.text] + SimulatedArk2RefusalTests.images(images) + Array(repeating: B.refVideo, count: clips)
                + Array(repeating: B.refAudio, count: clips)
            let answer = try await rig.ark(B.ark(model, content))
            #expect(answer.status == 200, "\(model): \(answer.json)")
        }
    }

    @Test("web search: the task reports tools and one search in usage.tool_usage")
    func webSearch() async throws {
        let rig = Seedance2Rig()
        let body = B.ark(B.volc20Fast, [B.text], ["tools": [["type": "web_search"]], "resolution": "720p", "duration": 10])
        let task = try await Self.finished(body, rig: rig)
        #expect(task["tools"] == [["type": "web_search"]])
        #expect(task["usage"] == ["completion_tokens": 216_900, "total_tokens": 216_900, "tool_usage": ["web_search": 1]])
        let plain = try await Self.finished(B.ark(B.volc20Fast, [B.text], ["duration": 10]), rig: rig)
        #expect(plain["tools"] == nil && plain["usage"]?["tool_usage"] == nil)
    }

    @Test("2.5 edit with output_format mov answers a QuickTime result at video.mov; 2.5 defaults to duration -1 and mp4")
    func editAsMOV() async throws {
        let rig = Seedance2Rig()
        let body = B.ark(
            B.v25, [B.text, B.video("https://cdn.example.com/source-12s.mov")],
            ["omni_reference_task_type": "edit", "ratio": "adaptive", "duration": -1, "output_format": "mov"])
        let id = try await rig.arkCreate(body)
        let queued = try await rig.arkTask(id)
        #expect(queued["output_format"] == "mov" && queued["duration"] == -1 && queued["draft"] == false)
        rig.clock.advance(by: .seconds(101))
        let link = try #require(try await rig.arkTask(id)["content"]?["video_url"]?.stringValue)
        #expect(link.hasSuffix("/video.mov"))
        let video = try await rig.fetch(link)
        #expect(video.headers["Content-Type"] == "video/quicktime")
        let bytes = video.body
        #expect(bytes[4..<12] == Data("ftypqt  ".utf8))
        #expect(MediaInspector.detectFormat(bytes) == .mov)
        let mp4Link = link.replacingOccurrences(of: "video.mov", with: "video.mp4")
        #expect(try await rig.fetch(mp4Link).status == 404)

        let plain = try await rig.arkTask(try await rig.arkCreate(B.ark(B.v25, [B.text])))
        #expect(plain["output_format"] == "mp4" && plain["duration"] == -1 && plain["resolution"] == "720p")
    }

    @Test("2.5 extend at 1080p, audio-only reference on 2.5, 480p at 854 × 480")
    func extendAndAudioOnly() async throws {
        let rig = Seedance2Rig()
        let extend = B.ark(B.v25, [B.text, B.refVideo], ["omni_reference_task_type": "extend", "ratio": "adaptive", "duration": 10, "resolution": "1080p"])
        #expect(try await rig.ark(extend).status == 200)
        let mp3 = "data:audio/mp3;base64," + AudioWriter.mp3(seconds: 3).base64EncodedString()
        let audioOnly = B.ark(B.v25, [B.text, B.audio(mp3)], ["duration": -1])
        #expect(try await rig.ark(audioOnly).status == 200)
        let task = try await Self.finished(B.ark(B.volc25, [B.text], ["resolution": "480p", "ratio": "16:9", "duration": 4]), rig: rig)
        #expect(task["usage"]?["total_tokens"] == 38_830)  // (24 × 4 + 1) × 854 × 480 ÷ 1024 = 38 830.3
        let info = try MediaInspector.inspect(
            try await rig.fetch(try #require(task["content"]?["video_url"]?.stringValue)).body, field: "r", provider: "simulator")
        #expect(info.width == 854 && info.height == 480 && info.durationSeconds == 4)
    }

    @Test("edge values accepted: priority 0 and 9, a 64-character safety_identifier, 1080P in capitals, a 30 s 2.5 flash video")
    func edges() async throws {
        let rig = Seedance2Rig()
        let bodies = [
            B.ark(B.v20, [B.text], ["priority": 0]), B.ark(B.v20Mini, [B.text], ["priority": 9]),
            B.ark(B.v25Premium, [B.text], ["safety_identifier": .string(String(repeating: "x", count: 64)), "resolution": "4k"]),
            B.ark(B.v20, [B.text], ["resolution": "1080P", "seed": 2_147_483_647]),
            B.ark(B.v25Flash, [B.text], ["duration": 30, "priority": 1]),
            B.ark(B.v25Premium, [B.text, B.refVideo], ["omni_reference_task_type": "reference", "ratio": "16:9"]),
        ]
        for body in bodies {
            let answer = try await rig.ark(body)
            #expect(answer.status == 200, "\(body): \(answer.json)")
        }
        let capitals = try await rig.arkTask(try await rig.arkCreate(B.ark(B.v20, [B.text], ["resolution": "1080P"])))
        #expect(capitals["resolution"] == "1080p")
    }
}
