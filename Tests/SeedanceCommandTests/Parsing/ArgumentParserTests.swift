import Foundation
import Testing
@testable import SeedanceCommand
import Seedance

@Suite struct ArgumentParserTests {
    let parser = ArgumentParser(commands: CommandCatalog.all)

    @Test func parsesEveryRequestOptionOfGenerate() throws {
        let parsed = try parser.parse([
            "generate", "A cat surfing", "--provider", "vtrix", "--base-url=http://127.0.0.1:8080", "--json",
            "--model", "spark_dance_v1_0_pro", "--first-frame", "first.png", "--last-frame", "https://x.test/last.png",
            "--resolution", "720p", "--ratio", "16:9", "--duration", "5", "--fps", "24", "--no-audio", "--camera-fixed",
            "--seed", "42", "--watermark", "--service-tier", "flex", "--expires-after", "3600",
            "--callback-url", "https://hooks.test/cb", "--return-last-frame", "--draft-task", "cgt-1",
            "--timeout", "90", "--cancel-on-interrupt", "--out", "cat.mp4",
        ])
        #expect(parsed.command == "generate")
        #expect(parsed.positionals == ["A cat surfing"])
        #expect(parsed.value("provider") == "vtrix")
        #expect(parsed.value("base-url") == "http://127.0.0.1:8080")
        #expect(parsed.isOn("json"))
        #expect(parsed.value("timeout") == "90")
        #expect(parsed.isOn("cancel-on-interrupt"))
        #expect(parsed.value("out") == "cat.mp4")

        let request = try RequestOptions.videoRequest(from: parsed)
        #expect(request.prompt == "A cat surfing")
        #expect(request.model == "spark_dance_v1_0_pro")
        #expect(request.firstFrame == .file(URL(fileURLWithPath: "first.png")))
        #expect(request.lastFrame == .url(URL(string: "https://x.test/last.png")!))
        #expect(request.resolution == .p720)
        #expect(request.aspectRatio == .r16x9)
        #expect(request.duration == .seconds(5))
        #expect(request.framesPerSecond == 24)
        #expect(request.generateAudio == false)
        #expect(request.cameraFixed == true)
        #expect(request.seed == 42)
        #expect(request.watermark == true)
        #expect(request.serviceTier == .flex)
        #expect(request.executionExpiresAfter == 3600)
        #expect(request.callbackURL == URL(string: "https://hooks.test/cb"))
        #expect(request.returnLastFrame == true)
        #expect(request.draftTaskID == "cgt-1")
        #expect(request.draft == nil)
    }

    @Test func unsetOptionsStayUnset() throws {
        let request = try RequestOptions.videoRequest(from: parser.parse(["submit", "hello"]))
        #expect(request == VideoRequest(prompt: "hello"))
    }

    @Test func durationAutoAndFrames() throws {
        #expect(try RequestOptions.videoRequest(from: parser.parse(["submit", "p", "--duration", "auto"])).duration == .auto)
        #expect(try RequestOptions.videoRequest(from: parser.parse(["submit", "p", "--frames", "57"])).duration == .frames(57))
        #expect(throws: UsageError.self) { try RequestOptions.videoRequest(from: parser.parse(["submit", "p", "--frames", "57", "--duration", "5"])) }
    }

    @Test(arguments: [
        (["generate"], "'generate' needs <prompt>"),
        (["generate", "p", "--bogus"], "unknown option '--bogus' for 'generate'"),
        (["generate", "p", "--seed"], "'--seed' needs a value (N)"),
        (["generate", "p", "--json=yes"], "'--json' takes no value"),
        (["generate", "p", "extra"], "unexpected argument 'extra' for 'generate'"),
        (["status"], "'status' needs <task-id>"),
        (["frobnicate"], "unknown command 'frobnicate'; commands: generate, submit, status, wait, download, cancel, list, providers, simulate, help"),
        (["status", "id", "-x"], "unknown option '-x' (options are spelled --name)"),
        (["providers", "--audio"], "unknown option '--audio' for 'providers'"),
    ])
    func rejectsBadCommandLines(arguments: [String], message: String) {
        #expect(throws: UsageError.self) { try parser.parse(arguments) }
        do {
            _ = try parser.parse(arguments)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test(arguments: [
        (["submit", "p", "--seed", "abc"], "--seed needs a whole number, got 'abc'"),
        (["submit", "p", "--duration", "five"], "--duration needs a whole number, got 'five'"),
        (["submit", "p", "--expires-after", "1h"], "--expires-after needs a whole number, got '1h'"),
        (["submit", "p", "--callback-url", "not a url"], "--callback-url needs an absolute URL, got 'not a url'"),
        (["submit", "p", "--priority", "high"], "--priority needs a whole number, got 'high'"),
        (["submit", "p", "--priority", "1.5"], "--priority needs a whole number, got '1.5'"),
        (["submit", "p", "--reference-video", "asset://"], "--reference-video needs an asset id after asset://, got 'asset://'"),
        (["submit", "p", "--reference-image", ""], "--reference-image needs a file path, an http(s) URL or asset://<id>"),
        (["submit", "p", "--first-frame", "asset://"], "--first-frame needs an asset id after asset://, got 'asset://'"),
    ])
    func rejectsBadValues(arguments: [String], message: String) throws {
        let parsed = try parser.parse(arguments)
        do {
            _ = try RequestOptions.videoRequest(from: parsed)
            Issue.record("expected a usage error")
        } catch {
            #expect(error.message == message)
            #expect(error.command == "submit")
        }
    }

    @Test func helpForms() throws {
        #expect(try parser.parse([]).command == "help")
        #expect(try parser.parse(["--help"]).command == "help")
        #expect(try parser.parse(["help", "generate"]).positionals == ["generate"])
        #expect(try parser.parse(["generate", "--help"]).wantsHelp)
        let usage = HelpFormatter.usage(of: CommandCatalog.spec("generate")!)
        #expect(usage.hasPrefix("Usage: seedance generate <prompt> [options]"))
        for option in CommandCatalog.spec("generate")!.options { #expect(usage.contains("--\(option.name)")) }
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parser.parse(["submit", "--", "--not-an-option"])
        #expect(parsed.positionals == ["--not-an-option"])
    }

    @Test func imageArgumentsAreURLsOrFiles() throws {
        #expect(try RequestOptions.media("https://a.test/x.png", option: "first-frame", command: "submit") == .url(URL(string: "https://a.test/x.png")!))
        #expect(
            try RequestOptions.media("data:image/png;base64,AAAA", option: "first-frame", command: "submit")
                == .url(URL(string: "data:image/png;base64,AAAA")!))
        #expect(try RequestOptions.media("/tmp/x.png", option: "first-frame", command: "submit") == .file(URL(fileURLWithPath: "/tmp/x.png")))
    }

    @Test func everyCategoryHasADistinctDocumentedExitCode() {
        let categories: [SeedanceError.Category] = [
            .invalidRequest, .authentication, .insufficientCredits, .rateLimited(retryAfter: nil), .taskFailed, .timeout, .transport, .outcomeUnknown,
            .notFound, .unsupported, .decoding,
        ]
        let codes = categories.map { ExitCode($0) }
        #expect(Set(codes).count == codes.count)
        #expect(ExitCode(.contentRejected) == .taskFailed)
        #expect(ExitCode(.server) == .transport)
        #expect(!codes.contains(.success) && !codes.contains(.usage))
    }
}
