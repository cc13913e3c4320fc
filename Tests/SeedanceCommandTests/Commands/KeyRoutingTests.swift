import Foundation
import Testing
@testable import SeedanceCommand
import Seedance

/// Which provider a key goes to: a generic key only to a provider the user named; a provider's own variable selects
/// it. `--base-url` points at a closed loopback port, so a request that does leave fails with a transport error
/// (exit 9) and nothing but loopback is ever contacted.
@Suite struct KeyRoutingTests {
    static let closedPort = "http://127.0.0.1:9"
    static let sentinel = "sk-test-SENTINEL-routing-5150"

    static func run(_ arguments: [String], environment: [String: String]) async -> (code: Int32, context: CommandContext) {
        let context = CommandRunTests.context(environment: environment)
        return (await SeedanceCommand.run(arguments, context: context), context)
    }

    @Test func aGenericKeyWithNoProviderNamedIsRefusedWithExit2NamingTheVariables() async {
        let (code, context) = await Self.run(["status", "task_1", "--base-url", Self.closedPort], environment: ["SEEDANCE_API_KEY": Self.sentinel])
        #expect(code == ExitCode.usage.rawValue)
        let errors = context.console.errors
        #expect(errors.hasPrefix("seedance: SEEDANCE_API_KEY is set but no provider is named"), "\(errors)")
        for variable in ["SEEDANCE_PROVIDER", "--provider", "VTRIX_API_KEY", "ARK_API_KEY", "APIXO_API_KEY"] {
            #expect(errors.contains(variable), "\(variable)")
        }
        #expect(!errors.contains(Self.sentinel))
    }

    @Test(arguments: [
        (["status", "task_1", "--provider", "apixo"], [String: String](), "(provider apixo"),
        (["status", "task_1"], ["SEEDANCE_PROVIDER": "byteplus"], "(provider byteplus"),
    ])
    func aGenericKeyGoesToTheNamedProvider(arguments: [String], environment: [String: String], provider: String) async {
        var environment = environment
        environment["SEEDANCE_API_KEY"] = Self.sentinel
        let (code, context) = await Self.run(arguments + ["--base-url", Self.closedPort], environment: environment)
        #expect(code == ExitCode.transport.rawValue, "\(context.console.errors)")
        #expect(context.console.errors.contains(provider) && !context.console.errors.contains("embedded simulator"))
    }

    @Test func aProvidersOwnVariableSelectsIt() async {
        let (code, context) = await Self.run(["status", "task_1", "--base-url", Self.closedPort], environment: ["ARK_API_KEY": Self.sentinel])
        #expect(code == ExitCode.transport.rawValue)
        #expect(context.console.errors.contains("(provider byteplus"), "\(context.console.errors)")
    }

    @Test func twoProvidersKeysWithNoProviderNamedAreAmbiguous() async {
        let (code, context) = await Self.run(["submit", "x"], environment: ["VTRIX_API_KEY": Self.sentinel, "APIXO_API_KEY": Self.sentinel])
        #expect(code == ExitCode.usage.rawValue)
        #expect(context.console.errors.hasPrefix("seedance: keys for several providers are set (VTRIX_API_KEY, APIXO_API_KEY)"), "\(context.console.errors)")
    }

    @Test func theSimulatorFallbackIsMarkedInJSON() async throws {
        let context = CommandRunTests.context()
        #expect(await SeedanceCommand.run(["submit", "x", "--provider", "byteplus", "--json"], context: context) == 0)
        let submitted = try JSONDecoder().decode(JSONValue.self, from: Data(context.console.output.utf8))
        #expect(submitted["simulated"] == .bool(true), "\(context.console.output)")
        let id = try #require(submitted["task_id"]?.stringValue)
        let status = CommandContext(environment: [:], console: .capture(), simulator: context.simulator, simulatedCompletion: .seconds(1))
        #expect(await SeedanceCommand.run(["status", id, "--provider", "byteplus", "--json"], context: status) == 0)
        let snapshot = try JSONDecoder().decode(JSONValue.self, from: Data(status.console.output.utf8))
        #expect(snapshot["simulated"] == .bool(true) && snapshot["task_id"]?.stringValue == id, "\(status.console.output)")
        #expect(context.console.errors.contains("using the embedded simulator") && status.console.errors.contains("using the embedded simulator"))
    }
}

@Suite struct SeedanceEnvironmentTests {
    @Test func theRuleInOrder() throws {
        let named = try SeedanceEnvironment.resolve(["SEEDANCE_PROVIDER": "volcengine", "SEEDANCE_API_KEY": "k1", "ARK_API_KEY": "k2"])
        #expect(named.preset.name == "volcengine" && named.keyVariable == "ARK_API_KEY" && named.providerWasNamed)
        let argument = try SeedanceEnvironment.resolve(["SEEDANCE_PROVIDER": "volcengine", "SEEDANCE_API_KEY": "k1"], provider: "apixo")
        #expect(argument.preset.name == "apixo" && argument.keyVariable == "SEEDANCE_API_KEY")
        let inferred = try SeedanceEnvironment.resolve(["JIEKOU_API_KEY": "k"])
        #expect(inferred.preset.name == "jiekou" && inferred.keyVariable == "JIEKOU_API_KEY" && !inferred.providerWasNamed)
        let nothing = try SeedanceEnvironment.resolve([:])
        #expect(nothing.preset.name == "vtrix" && nothing.apiKey == nil && nothing.keyVariable == nil)
        let blank = try SeedanceEnvironment.resolve(["SEEDANCE_API_KEY": "  ", "SEEDANCE_PROVIDER": ""])
        #expect(blank.apiKey == nil && !blank.providerWasNamed)
    }

    @Test func refusals() {
        let generic = #expect(throws: SeedanceError.self) { try SeedanceEnvironment.resolve(["SEEDANCE_API_KEY": "k"]) }
        #expect(generic?.category == .invalidRequest && generic?.field == "SEEDANCE_API_KEY")
        let unknown = #expect(throws: SeedanceError.self) { try SeedanceEnvironment.resolve([:], provider: "nowhere") }
        let names = ProviderPreset.all.map(\.name)
        #expect(names.starts(with: ["vtrix", "jiekou", "novita", "ppio", "apixo", "seedanceapi", "byteplus", "volcengine"]))
        #expect(unknown?.message == "unknown provider 'nowhere'; providers: " + names.joined(separator: ", "))
    }

    @Test func theFactoryBuildsAClientForTheSelectedProviderOrSaysWhichKeyIsMissing() throws {
        let client = try SeedanceClient.fromEnvironment(["ARK_API_KEY": "sk-test-SENTINEL-env"], transport: ScriptedNothing())
        #expect(client.provider == "byteplus" && client.dialect.baseURL == ModelArk.byteplus().baseURL)
        let missing = #expect(throws: SeedanceError.self) { try SeedanceClient.fromEnvironment(["SEEDANCE_PROVIDER": "apixo"], transport: ScriptedNothing()) }
        #expect(missing?.category == .authentication && missing?.message == "no API key for apixo in the environment: set APIXO_API_KEY or SEEDANCE_API_KEY")
    }
}

/// A transport that is never used (the factory tests send nothing).
private struct ScriptedNothing: HTTPTransport {
    func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse { throw HTTPTransportError(.other, message: "unused") }
    func download(_ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws -> SeedanceHTTPResponse {
        throw HTTPTransportError(.other, message: "unused")
    }
}

/// `seedance cancel` says what really happened, and never deletes a finished video.
@Suite struct CancelCommandTests {
    @Test(.timeLimit(.minutes(3)))
    func cancellingAFinishedTaskLeavesItAndSaysSo() async throws {
        let context = CommandRunTests.context(completion: .milliseconds(200))
        #expect(await SeedanceCommand.run(["submit", "x", "--provider", "byteplus"], context: context) == 0)
        let id = context.console.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let waited = CommandContext(environment: [:], console: .capture(), simulator: context.simulator, simulatedCompletion: .milliseconds(200))
        #expect(await SeedanceCommand.run(["wait", id, "--provider", "byteplus"], context: waited) == 0)

        let cancel = CommandContext(environment: [:], console: .capture(), simulator: context.simulator, simulatedCompletion: .milliseconds(200))
        #expect(await SeedanceCommand.run(["cancel", id, "--provider", "byteplus"], context: cancel) == ExitCode.invalidRequest.rawValue)
        #expect(cancel.console.output == "Not cancelled: task \(id) had already ended (succeeded); it was left untouched.\n")

        let status = CommandContext(environment: [:], console: .capture(), simulator: context.simulator, simulatedCompletion: .milliseconds(200))
        #expect(await SeedanceCommand.run(["status", id, "--provider", "byteplus", "--json"], context: status) == 0)
        let snapshot = try JSONDecoder().decode(JSONValue.self, from: Data(status.console.output.utf8))
        #expect(snapshot["status"] == "succeeded" && snapshot["video_url"] != nil, "\(status.console.output)")
    }
}
