import Foundation
import Seedance
import SeedanceCatalog
import SeedanceSimulator

/// What a command needs from its surroundings: the environment (for keys), the console, and — when no key is set —
/// the embedded simulator. Tests build one with a shared simulator so that `generate` and a later `wait` see the
/// same tasks.
public struct CommandContext: Sendable {
    /// Environment variables (API keys, `SEEDANCE_PROVIDER`).
    public var environment: [String: String]
    /// Where output and prompts go.
    public var console: Console
    /// The simulator used when no key is set; made on first use when `nil`.
    public var simulator: Simulator?
    /// How long a simulated task takes (default 3 s, so a demo finishes quickly).
    public var simulatedCompletion: Duration

    /// A context for the real process.
    public static func process(console: Console = .standard()) -> CommandContext {
        CommandContext(environment: ProcessInfo.processInfo.environment, console: console, simulator: nil, simulatedCompletion: .seconds(3))
    }

    /// A context; tests pass a shared simulator so commands see the same tasks.
    public init(environment: [String: String], console: Console, simulator: Simulator?, simulatedCompletion: Duration = .seconds(3)) {
        self.environment = environment
        self.console = console
        self.simulator = simulator
        self.simulatedCompletion = simulatedCompletion
    }
}

/// A client ready for one command: the provider entry, the client, and whether it talks to the embedded simulator.
struct Connection {
    var entry: CatalogEntry
    var client: SeedanceClient
    var simulated: Bool
}

extension Connection {
    /// `value` marked `"simulated": true` (each object in it, for an array) when this connection talks to the
    /// embedded simulator, so that `--json` output never passes simulated results off as real ones.
    func marked(_ value: JSONValue) -> JSONValue {
        guard simulated else { return value }
        switch value {
        case .object(var object):
            object["simulated"] = .bool(true)
            return .object(object)
        case .array(let items):
            return .array(items.map(marked))
        default:
            return value
        }
    }
}

extension CommandContext {
    /// The provider and key for the command, by the library's rule (``SeedanceEnvironment``): `--provider`, else
    /// `SEEDANCE_PROVIDER`, else the provider whose own key variable is set; `SEEDANCE_API_KEY` only for a named
    /// provider.
    ///
    /// - Throws: ``UsageError`` (exit 2) for an unknown name, a generic key with no provider named, or keys for
    ///   several providers; each message names the variables.
    func selection(_ arguments: ParsedArguments) throws(UsageError) -> (entry: CatalogEntry, selection: SeedanceEnvironment.Selection) {
        do {
            let selection = try SeedanceEnvironment.resolve(environment, provider: arguments.value("provider"))
            guard let entry = ProviderCatalog.entry(named: selection.preset.name) else {
                throw UsageError(message: "provider '\(selection.preset.name)' is not available in this command", command: arguments.command)
            }
            return (entry, selection)
        } catch let error as UsageError {
            throw error
        } catch {
            throw UsageError(message: (error as? SeedanceError)?.message ?? String(describing: error), command: arguments.command)
        }
    }

    /// A client for the command: the real provider when its key is set (or `--base-url` points somewhere), else
    /// the embedded simulator speaking the same dialect, announced on standard error and marked `"simulated": true`
    /// in `--json` output. Only the simulated client has a media uploader (``EmbeddedSimulatorUploader``): a real
    /// provider fetches reference videos from URLs, so the SDK refuses a local one there.
    ///
    /// - Throws: ``UsageError`` for a bad `--provider` / `--base-url` / `--model` or an ambiguous key (see
    ///   ``selection(_:)``); `SeedanceError` when the base URL is refused (not https, not loopback).
    func connect(_ arguments: ParsedArguments, model: ModelID? = nil) throws -> Connection {
        let (entry, selection) = try self.selection(arguments)
        var baseURL: URL?
        if let text = arguments.value("base-url") {
            guard let url = URL(string: text), url.scheme != nil, url.host != nil else {
                throw UsageError(message: "--base-url needs an absolute URL, got '\(text)'", command: arguments.command)
            }
            baseURL = url
        }
        let variables = selection.preset.apiKeyEnvironmentVariables
        if selection.apiKey != nil || baseURL != nil {
            let dialect = entry.preset.make(baseURL, model)
            let client = try SeedanceClient(dialect: dialect, apiKey: selection.apiKey ?? APIKey("simulator"))
            return Connection(entry: entry, client: client, simulated: false)
        }
        let simulator = self.simulator ?? EmbeddedSimulator.make(completion: simulatedCompletion)
        let client = try SeedanceClient(
            dialect: entry.dialect(in: simulator, model: model), apiKey: APIKey("sk-embedded-simulator"), transport: simulator.transport,
            retryPolicy: .default, engine: EmbeddedSimulator.engine(completion: simulatedCompletion),
            mediaUploader: EmbeddedSimulatorUploader(origin: Simulator.inProcessOrigin, transport: simulator.transport))
        console.error("No API key set (\(variables.joined(separator: " or "))): using the embedded simulator — no network, no cost.")
        return Connection(entry: entry, client: client, simulated: true)
    }
}
