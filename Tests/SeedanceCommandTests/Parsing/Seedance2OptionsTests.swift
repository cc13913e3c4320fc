import Foundation
import Testing
@testable import SeedanceCommand
import Seedance

/// The Seedance 2.x options of `generate` and `submit` become exactly the `VideoRequest` a library user would build.
@Suite struct Seedance2OptionsTests {
    let parser = ArgumentParser(commands: CommandCatalog.all)

    func request(_ arguments: [String]) throws -> VideoRequest {
        try RequestOptions.videoRequest(from: parser.parse(arguments))
    }

    /// Every 2.x option at once, references repeated and mixed (file, URL, asset), kept in command-line order.
    @Test(arguments: ["generate", "submit"])
    func everySeedance2OptionMapsToTheRequest(command: String) throws {
        let built = try request([
            command, "Image 1 walks into Video 1", "--model", "dreamina-seedance-2-5-260628",
            "--reference-image", "a.png", "--reference-image=https://cdn.test/b.png", "--reference-image", "asset://asset-20260101-face",
            "--reference-video", "asset://clip-7", "--reference-video", "https://cdn.test/v.mp4",
            "--reference-audio", "voice.mp3", "--reference-audio", "https://cdn.test/a.wav",
            "--task-type", "Edit", "--output-format", "MOV", "--web-search", "--priority", "7", "--safety-identifier", "user-4f2a",
            "--duration", "auto", "--resolution", "1080P",
        ])
        var expected = VideoRequest(prompt: "Image 1 walks into Video 1")
        expected.model = "dreamina-seedance-2-5-260628"
        expected.referenceImages = [
            .file(URL(fileURLWithPath: "a.png")), .url(URL(string: "https://cdn.test/b.png")!), .asset(AssetID(rawValue: "asset-20260101-face")),
        ]
        expected.referenceVideos = [.asset(AssetID(rawValue: "clip-7")), .url(URL(string: "https://cdn.test/v.mp4")!)]
        expected.referenceAudios = [.file(URL(fileURLWithPath: "voice.mp3")), .url(URL(string: "https://cdn.test/a.wav")!)]
        expected.taskType = .edit
        expected.outputFormat = .mov
        expected.webSearch = true
        expected.priority = 7
        expected.safetyIdentifier = "user-4f2a"
        expected.duration = .auto
        expected.resolution = .p1080
        #expect(built == expected)
        #expect(built.setFields.contains(.referenceImages) && built.setFields.contains(.webSearch))
    }

    /// The order of one kind follows the command line even when other options come in between.
    @Test func repeatedReferencesKeepTheirOrder() throws {
        let built = try request([
            "submit", "p", "--reference-image", "3.png", "--priority", "1", "--reference-image", "1.png", "--reference-video", "x.mp4",
            "--reference-image", "2.png",
        ])
        #expect(built.referenceImages == ["3.png", "1.png", "2.png"].map { .file(URL(fileURLWithPath: $0)) })
        #expect(built.referenceVideos == [.file(URL(fileURLWithPath: "x.mp4"))])
        #expect(built.referenceAudios.isEmpty)
    }

    /// A single-value option still keeps only its last value; a repeatable one keeps all.
    @Test func singleValueOptionsStillTakeTheLastValue() throws {
        let parsed = try parser.parse(["submit", "p", "--priority", "1", "--priority", "2", "--reference-audio", "a.wav", "--reference-audio", "a.wav"])
        #expect(parsed.value("priority") == "2")
        #expect(parsed.values("reference-audio") == ["a.wav", "a.wav"])
        #expect(parsed.values("reference-image") == [])
    }

    /// Frames and references accept the asset form too; `~` is expanded for files.
    @Test func mediaArgumentForms() throws {
        #expect(try RequestOptions.media("asset://asset-1", option: "first-frame", command: "submit") == .asset(AssetID(rawValue: "asset-1")))
        #expect(try RequestOptions.media("ASSET://Abc", option: "first-frame", command: "submit") == .asset(AssetID(rawValue: "Abc")))
        #expect(try RequestOptions.media("https://a.test/x.png", option: "last-frame", command: "submit") == .url(URL(string: "https://a.test/x.png")!))
        #expect(
            try RequestOptions.media("data:image/png;base64,AAAA", option: "first-frame", command: "submit")
                == .url(URL(string: "data:image/png;base64,AAAA")!))
        #expect(try RequestOptions.media("/tmp/x.png", option: "first-frame", command: "submit") == .file(URL(fileURLWithPath: "/tmp/x.png")))
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        #expect(try RequestOptions.media("~/clip.mp4", option: "reference-video", command: "submit") == .file(URL(fileURLWithPath: home + "/clip.mp4")))
        let frame = try request(["submit", "p", "--first-frame", "asset://face-1", "--last-frame", "asset://face-2"])
        #expect(frame.firstFrame == .asset(AssetID(rawValue: "face-1")))
        #expect(frame.lastFrame == .asset(AssetID(rawValue: "face-2")))
    }

    /// Unknown task types and formats are not refused by the command line: the dialect refuses them, naming what
    /// the model allows (see `Seedance2CommandRunTests`). They are kept as given, lowercased.
    @Test func taskTypeAndFormatArePassedThrough() throws {
        let built = try request(["submit", "p", "--task-type", "Remix", "--output-format", "webm", "--no-web-search"])
        #expect(built.taskType == ReferenceTaskType(rawValue: "remix"))
        #expect(built.outputFormat == MediaFormat(rawValue: "webm"))
        #expect(built.webSearch == false)
        #expect(built.priority == nil && built.safetyIdentifier == nil)
    }

    @Test(arguments: [
        (["generate", "p", "--reference-image"], "'--reference-image' needs a value (PATH|URL|asset://ID)"),
        (["generate", "p", "--web-search=yes"], "'--web-search' takes no value"),
        (["status", "id", "--reference-video", "a.mp4"], "unknown option '--reference-video' for 'status'"),
    ])
    func rejectsBadCommandLines(arguments: [String], message: String) {
        #expect(throws: UsageError(message: message, command: arguments[0])) { try parser.parse(arguments) }
    }

    /// Help lists every 2.x option, marks the repeatable ones, and says how to pass a video with a real key.
    @Test(arguments: ["generate", "submit"])
    func helpDescribesTheSeedance2Options(command: String) throws {
        let usage = HelpFormatter.usage(of: try #require(CommandCatalog.spec(command)))
        let spec = try #require(CommandCatalog.spec(command))
        for name in ["reference-image", "reference-video", "reference-audio"] {
            let option = try #require(spec.option(named: name)?.spec)
            #expect(option.kind == .repeatable(placeholder: "PATH|URL|asset://ID"))
            #expect(usage.contains("--\(name) PATH|URL|asset://ID"))
            #expect(usage.contains(option.help + " Repeatable."), "\(name)")
        }
        for name in ["--task-type TYPE", "--output-format FORMAT", "--web-search, --no-web-search", "--priority N", "--safety-identifier TEXT"] {
            #expect(usage.contains(name), "\(name)")
        }
        #expect(usage.contains("an http(s) URL or asset; a local file only with the embedded simulator"))
    }

    /// `generate` and `wait` watch for an hour by default: 2.x tasks at 1080p/4K and 30 s take minutes.
    @Test func defaultTimeoutSuitsSeedance2() {
        #expect(CommandCatalog.defaultTimeout == .seconds(3600))
        #expect(HelpFormatter.usage(of: CommandCatalog.spec("wait")!).contains("(default 3600; the task keeps running)"))
    }
}
