import Foundation
import Testing
@testable import SeedanceCommand
import Seedance
import SeedanceSimulator
import SeedanceCatalog

/// The `seedance` command run for real against the embedded simulator (no key in the environment).
@Suite struct CommandRunTests {
    /// A context with no API key, a shared simulator (so a later command sees earlier tasks) and quick tasks.
    static func context(completion: Duration = .seconds(1), environment: [String: String] = [:]) -> CommandContext {
        CommandContext(
            environment: environment, console: .capture(),
            simulator: EmbeddedSimulator.make(completion: completion), simulatedCompletion: completion)
    }

    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seedance-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test(.timeLimit(.minutes(3)))
    func generateWritesAValidMP4AndSaysItUsedTheSimulator() async throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let context = Self.context()
        let out = directory.appendingPathComponent("cat.mp4")
        let code = await SeedanceCommand.run(["generate", "A cat surfing a wave at sunset", "--out", out.path], context: context)
        #expect(code == 0, "\(context.console.errors)")
        let video = try Data(contentsOf: out)
        #expect(video.count > 1_000)
        #expect(String(decoding: video[4..<8], as: UTF8.self) == "ftyp")
        #expect(context.console.errors.contains("using the embedded simulator"))
        #expect(context.console.output.contains("Submitted task "))
        #expect(context.console.output.contains("Saved \(out.path)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["cat.mp4"])
    }

    @Test(.timeLimit(.minutes(3)), arguments: ProviderCatalog.all.map(\.name))
    func everyProviderGeneratesAgainstTheSimulator(provider: String) async throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let context = Self.context()
        let out = directory.appendingPathComponent("v.mp4")
        let code = await SeedanceCommand.run(["generate", "A lighthouse at dawn", "--provider", provider, "--out", out.path, "--json"], context: context)
        #expect(code == 0, "\(context.console.errors)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(context.console.output.utf8))
        #expect(json["status"] == "succeeded")
        #expect(json["file"] == .string(out.path))
        #expect(json["simulated"] == true)
        #expect(json["task_id"]?.stringValue?.isEmpty == false)
    }

    @Test(.timeLimit(.minutes(3)))
    func submitThenWaitResumesAndDownloads() async throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let context = Self.context(completion: .seconds(2))
        #expect(await SeedanceCommand.run(["submit", "A fox in the snow", "--provider", "byteplus"], context: context) == 0)
        let id = try #require(context.console.output.split(separator: "\n").last.map(String.init))
        #expect(id.hasPrefix("cgt-"))
        let out = directory.appendingPathComponent("fox.mp4")
        let code = await SeedanceCommand.run(["wait", id, "--provider", "byteplus", "--out", out.path], context: context)
        #expect(code == 0, "\(context.console.errors)")
        #expect(FileManager.default.fileExists(atPath: out.path))
        #expect(await SeedanceCommand.run(["status", id, "--provider", "byteplus", "--json"], context: context) == 0)
        let status = try #require(context.console.output.split(separator: "\n").last)
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(status.utf8))["status"] == "succeeded")
    }

    @Test(.timeLimit(.minutes(3)))
    func anInterruptedWaitLeavesTheTaskRunningAndSaysHowToResume() async throws {
        let context = Self.context(completion: .seconds(30))
        #expect(await SeedanceCommand.run(["submit", "A slow sunset", "--provider", "vtrix"], context: context) == 0)
        let id = try #require(context.console.output.split(separator: "\n").last.map(String.init))
        let interrupt = InterruptSignal()
        let waiting = Task { await SeedanceCommand.run(["wait", id, "--provider", "vtrix"], context: context, interrupt: interrupt) }
        try await Task.sleep(for: .milliseconds(300))
        interrupt.fire()
        #expect(await waiting.value == ExitCode.interrupted.rawValue)
        #expect(context.console.errors.contains("Task \(id) keeps running"))
        #expect(context.console.errors.contains("seedance wait \(id) --provider vtrix"))
        #expect(await SeedanceCommand.run(["status", id, "--provider", "vtrix", "--json"], context: context) == 0)
        let status = try #require(context.console.output.split(separator: "\n").last)
        let snapshot = try JSONDecoder().decode(JSONValue.self, from: Data(status.utf8))
        #expect(snapshot["status"] == "running" || snapshot["status"] == "queued")
    }

    @Test(.timeLimit(.minutes(3)))
    func cancelOnInterruptCancelsTheRemoteTaskWhereTheProviderCan() async throws {
        let context = Self.context(completion: .seconds(30))
        let interrupt = InterruptSignal()
        let generating = Task {
            await SeedanceCommand.run(["generate", "A queued idea", "--provider", "byteplus", "--cancel-on-interrupt"], context: context, interrupt: interrupt)
        }
        while !context.console.output.contains("Submitted task ") { try await Task.sleep(for: .milliseconds(20)) }
        interrupt.fire()
        #expect(await generating.value == ExitCode.interrupted.rawValue)
        #expect(context.console.errors.contains("was cancelled on byteplus") || context.console.errors.contains("could not be cancelled"))
    }

    @Test(arguments: [
        (["generate", "x", "--resolution", "8k"], ExitCode.invalidRequest, "resolution 8k is not allowed"),
        (["generate", "x", "--provider", "seedanceapi", "--duration", "5"], ExitCode.invalidRequest, "duration 5s is not allowed"),
        (["submit", "x", "--provider", "jiekou", "--draft"], ExitCode.invalidRequest, "draft"),
        (["cancel", "t1", "--provider", "jiekou"], ExitCode.unsupported, "does not support cancelling"),
        (["list", "--provider", "apixo"], ExitCode.unsupported, "does not support listing"),
        (["status", "cgt-missing", "--provider", "byteplus"], ExitCode.notFound, "notFound"),
        (["generate", "x", "--provider", "nowhere"], ExitCode.usage, "unknown provider 'nowhere'"),
        (["generate", "x", "--base-url", "http://api.example.com"], ExitCode.invalidRequest, "baseURL"),
    ])
    func errorsAreOneLineWithTheirExitCode(arguments: [String], code: ExitCode, text: String) async {
        let context = Self.context()
        #expect(await SeedanceCommand.run(arguments, context: context) == code.rawValue)
        #expect(context.console.errors.contains(text), "\(context.console.errors)")
        let lines = context.console.errors.split(separator: "\n")
        // A usage error is followed by the command's usage; any other error is the last line.
        let errorLine = code == .usage ? lines.first : lines.last
        #expect(errorLine?.hasPrefix("seedance: ") == true, "the error is one line: \(lines)")
        #expect(lines.count <= 2 || code == .usage, "a notice and the error line, nothing else: \(lines)")
    }

    @Test func jsonErrorsDecode() async throws {
        let context = Self.context()
        #expect(await SeedanceCommand.run(["submit", "x", "--ratio", "5:4", "--json"], context: context) == ExitCode.invalidRequest.rawValue)
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(context.console.output.utf8))
        #expect(json["error"] == "invalidRequest")
        #expect(json["field"] == "aspectRatio")
        #expect(json["exit_code"] == .integer(Int64(ExitCode.invalidRequest.rawValue)))
        #expect(json["allowed"]?.stringValue?.contains("adaptive") == true)
    }

    @Test func aKeyInTheEnvironmentSelectsTheRealProviderAndIsNeverPrinted() async throws {
        // The provider's real host is never contacted: --base-url points at a closed loopback port.
        let sentinel = "sk-test-SENTINEL-cli-4242"
        let context = Self.context(environment: ["VTRIX_API_KEY": sentinel])
        let code = await SeedanceCommand.run(["status", "task_1", "--base-url", "http://127.0.0.1:9"], context: context)
        #expect(code == ExitCode.transport.rawValue)
        #expect(!context.console.errors.contains("embedded simulator"))
        #expect(!context.console.errors.contains(sentinel) && !context.console.output.contains(sentinel))
    }

    @Test func helpNamesTheKeyVariablesAndExitCodes() async {
        let context = Self.context()
        #expect(await SeedanceCommand.run(["help"], context: context) == 0)
        for entry in ProviderCatalog.all {
            for variable in entry.preset.apiKeyEnvironmentVariables { #expect(context.console.output.contains(variable)) }
        }
        for code in ExitCode.allCases { #expect(context.console.output.contains(code.meaning)) }
    }

    @Test func providersPrintsTheMatrix() async throws {
        let context = Self.context()
        #expect(await SeedanceCommand.run(["providers", "--markdown"], context: context) == 0)
        #expect(context.console.output == CapabilityMatrix.markdown() + "\n")
        let json = Self.context()
        #expect(await SeedanceCommand.run(["providers", "--json"], context: json) == 0)
        let rows = try JSONDecoder().decode(JSONValue.self, from: Data(json.console.output.utf8))
        #expect(rows.arrayValue?.count == CapabilityMatrix.rows().count)
    }
}
