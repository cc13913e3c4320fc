import Foundation
import Testing
@testable import SeedanceCommand
import Seedance
import SeedanceCatalog
import SeedanceSimulator

/// Local media a Seedance 2.x reference may be: a 480×480 PNG and a 640×640 (409,600 pixels, the smallest frame the
/// official limits take), 3 s, 24 fps H.264 MP4.
enum Seedance2Media {
    static func png(in directory: URL, name: String = "a.png") throws -> URL {
        let url = directory.appendingPathComponent(name)
        try PNGWriter.png(width: 480, height: 480) { x, y in (UInt8(x % 256), UInt8(y % 256), 128) }.write(to: url)
        return url
    }

    static func mp4(in directory: URL, name: String = "b.mp4") throws -> URL {
        let url = directory.appendingPathComponent(name)
        try ReferenceMedia.video(width: 640, height: 640, seconds: 3).write(to: url)
        return url
    }

    /// Whether the adapters list Seedance 2.x models: they and the simulator's 2.x rules come from other branches of
    /// the issue, so the end-to-end runs below are enabled once those are merged.
    static var adaptersListSeedance2: Bool {
        ProviderCatalog.all.contains { entry in
            entry.name == "byteplus" && entry.defaultDialect.capabilities.models.contains { $0.id.rawValue.hasPrefix("dreamina-seedance-2-") }
        }
    }
}

/// The issue's "done when" command lines, run for real against the embedded simulator (no key in the environment):
/// 2.0 with a reference image and a local reference video (hosted through the simulator's upload route), a 2.5
/// Premium draft → 4K final, Vtrix `spark_dance_v2_0`, and the refusals of a bad task type and of a local video
/// with a real key.
@Suite(.enabled(if: Seedance2Media.adaptersListSeedance2, "needs the Seedance 2.x adapters and simulator (merged from the other issue-16 branches)"))
struct Seedance2CommandRunTests {
    static func json(_ output: String) throws -> JSONValue {
        let line = try #require(output.split(separator: "\n").last)
        return try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))
    }

    static func isMP4(_ file: URL) throws -> Bool {
        let video = try Data(contentsOf: file)
        return video.count > 1_000 && String(decoding: video[4..<8], as: UTF8.self) == "ftyp"
    }

    /// The issue's command line: a reference image and a local reference video (hosted through the simulator's
    /// upload route), 15 s, on BytePlus at 1080p and on Vtrix's spark_dance_v2_0.
    @Test(
        .timeLimit(.minutes(2)),
        arguments: [
            ("byteplus", "dreamina-seedance-2-0-260128", ["--resolution", "1080p"]), ("vtrix", "spark_dance_v2_0", [String]()),
        ])
    func referenceImageAndLocalReferenceVideo(provider: String, model: String, extra: [String]) async throws {
        let directory = try CommandRunTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let image = try Seedance2Media.png(in: directory)
        let video = try Seedance2Media.mp4(in: directory)
        let out = directory.appendingPathComponent("v.mp4")
        let context = CommandRunTests.context()
        let code = await SeedanceCommand.run(
            [
                "generate", "Image 1 dances in the style of Video 1", "--provider", provider, "--model", model, "--reference-image", image.path,
                "--reference-video", video.path, "--duration", "15", "--out", out.path, "--json",
            ] + extra, context: context)
        #expect(code == 0, "\(context.console.errors)")
        let result = try Self.json(context.console.output)
        #expect(result["status"] == "succeeded")
        #expect(result["simulated"] == true)
        #expect(result["file"] == .string(out.path))
        #expect(try Self.isMP4(out))
        let counters = try #require(context.simulator).counters
        #expect(counters.creates == 1)
        #expect(counters.otherRequests == 1, "one upload of the local video")
    }

    @Test(.timeLimit(.minutes(2)), arguments: [("dreamina-seedance-2-5-premium-260915", "4k"), ("dreamina-seedance-2-5-260628", "1080p")])
    func draftThenFinal(model: String, finalResolution: String) async throws {
        let directory = try CommandRunTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let context = CommandRunTests.context()
        let draft = directory.appendingPathComponent("draft.mp4")
        let drafted = await SeedanceCommand.run(
            ["generate", "A paper boat on a rainy street", "--provider", "byteplus", "--model", model, "--draft", "--out", draft.path, "--json"],
            context: context)
        #expect(drafted == 0, "\(context.console.errors)")
        let draftID = try #require(try Self.json(context.console.output)["task_id"]?.stringValue)
        let final = directory.appendingPathComponent("final.mp4")
        let finished = CommandContext(environment: [:], console: .capture(), simulator: context.simulator, simulatedCompletion: .seconds(1))
        let code = await SeedanceCommand.run(
            [
                "generate", "", "--provider", "byteplus", "--model", model, "--draft-task", draftID, "--resolution", finalResolution, "--out",
                final.path, "--json",
            ], context: finished)
        #expect(code == 0, "\(finished.console.errors)")
        #expect(try Self.json(finished.console.output)["status"] == "succeeded")
        #expect(try Self.isMP4(final))
    }

    /// The embedded simulator lives for one command, so a final names a draft it never saw (made by an earlier
    /// command): it is taken as a finished draft of the same model and the final renders at the model's final
    /// resolution. `seedance simulate` (one long-lived simulator) still refuses an id it does not know.
    @Test(.timeLimit(.minutes(2)))
    func aFinalInALaterCommandFindsItsDraft() async throws {
        let directory = try CommandRunTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let context = CommandRunTests.context()
        let final = directory.appendingPathComponent("final.mp4")
        let code = await SeedanceCommand.run(
            [
                "generate", "", "--provider", "byteplus", "--model", "dreamina-seedance-2-5-premium-260915", "--draft-task",
                "cgt-20261205031306-5kaw7", "--resolution", "4k", "--out", final.path, "--json",
            ], context: context)
        #expect(code == 0, "\(context.console.errors)")
        let result = try Self.json(context.console.output)
        #expect(result["status"] == "succeeded")
        let video = try MediaInspector.inspect(fileAt: final, field: "out", provider: "byteplus")
        #expect(video.width == 3840 && video.height == 2160, "a 4k final of an assumed 16:9 draft: \(video)")
        #expect(EmbeddedSimulator.make(completion: .seconds(1), livesForOneCommand: false).configuration.assumesUnknownDraftsSucceeded == false)
    }

    /// An unknown task type reaches validation, which names the value and what Seedance 2.5 allows; nothing is sent.
    @Test func anUnknownTaskTypeIsRefusedNamingTheAllowedValues() async throws {
        let context = CommandRunTests.context()
        let code = await SeedanceCommand.run(
            [
                "submit", "Make Video 1 longer", "--provider", "byteplus", "--model", "dreamina-seedance-2-5-260628", "--reference-video",
                "https://cdn.example.com/clip.mp4", "--task-type", "lengthen",
            ], context: context)
        #expect(code == ExitCode.invalidRequest.rawValue, "\(context.console.errors)")
        for word in ["lengthen", "auto", "reference", "edit", "extend"] { #expect(context.console.errors.contains(word), "\(word)") }
        #expect(try #require(context.simulator).counters.creates == 0)
    }

    /// With a real key there is no uploader: a local reference video is refused before any request, saying to pass
    /// a URL or an asset. The base URL is a loopback stub that counts requests.
    @Test(.timeLimit(.minutes(3)))
    func aLocalReferenceVideoWithAKeyIsRefusedBeforeAnyRequest() async throws {
        let directory = try CommandRunTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let video = try Seedance2Media.mp4(in: directory)
        let received = Recorded<ServerRequest>()
        let server = try LoopbackHTTPServer { request in
            received.append(request)
            return .json(500, #"{"error":{"code":"InternalServiceError","message":"must not be reached"}}"#)
        }
        defer { server.stop() }
        let context = CommandRunTests.context(environment: ["ARK_API_KEY": "sk-test-local-video"])
        let code = await SeedanceCommand.run(
            [
                "submit", "Video 1 at night", "--provider", "byteplus", "--base-url", server.url(path: "/api/v3").absoluteString, "--model",
                "dreamina-seedance-2-0-260128", "--reference-video", video.path,
            ], context: context)
        #expect(code == ExitCode.invalidRequest.rawValue, "\(context.console.errors)")
        #expect(context.console.errors.contains("referenceVideos[0]"), "\(context.console.errors)")
        #expect(context.console.errors.contains("never sent inline"), "\(context.console.errors)")
        #expect(received.all.isEmpty)
        #expect(!context.console.errors.contains("sk-test-local-video"))
    }
}

/// The reference video fixture reads as the official limits need it (so a refusal elsewhere is not the fixture's).
@Suite struct Seedance2MediaTests {
    @Test func theReferenceVideoFixtureReadsAs640x640At24FPS() throws {
        let directory = try CommandRunTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let info = try MediaInspector.inspect(fileAt: try Seedance2Media.mp4(in: directory), field: "referenceVideos", provider: "test")
        #expect(info.format == .mp4)
        #expect(info.width == 640 && info.height == 640 && info.pixelCount == 409_600)
        #expect(info.framesPerSecond == 24)
        #expect(info.videoCodec == .h264)
        #expect(abs((info.durationSeconds ?? 0) - 3) < 0.01)
    }
}
