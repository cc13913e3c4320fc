import Seedance
import SeedanceCatalog

/// The `seedance` command's logic, kept in a library so it can be tested.
public enum SeedanceCommand {
    /// Runs the command with `arguments` (without the program name) and returns the exit code (see the README's
    /// exit code table). `interrupt` stands for Ctrl-C: it stops any command in any phase with exit code 130 (the
    /// task id is printed when one exists; a partial download is removed).
    public static func run(_ arguments: [String], context: CommandContext = .process(), interrupt: InterruptSignal = InterruptSignal()) async -> Int32 {
        let console = context.console
        let parser = ArgumentParser(commands: CommandCatalog.all)
        let parsed: ParsedArguments
        do {
            parsed = try parser.parse(arguments)
        } catch {
            return usage(error, console: console).rawValue
        }
        if parsed.command == "help" || parsed.wantsHelp {
            console.line(helpText(for: parsed))
            return ExitCode.success.rawValue
        }
        let work = Task { try await dispatch(parsed, context: context, interrupt: interrupt) }
        interrupt.onInterrupt { work.cancel() }
        do {
            return try await withTaskCancellationHandler {
                try await work.value.rawValue
            } onCancel: {
                work.cancel()
            }
        } catch let error as UsageError {
            return usage(error, console: console).rawValue
        } catch let error as SeedanceError {
            let code = ExitCode(error.category)
            if parsed.isOn("json") { console.line(CommandJSON.render(CommandJSON.error(error, exitCode: code))) }
            console.error(ErrorLine.format(error))
            if error.category == .outcomeUnknown {
                console.error("seedance: the submit may have created a task; check the provider's task list before submitting again.")
            }
            return code.rawValue
        } catch is CancellationError {
            console.error(Interruption.message(command: parsed.command, arguments: parsed, interrupted: nil))
            return ExitCode.interrupted.rawValue
        } catch let interrupted as CommandInterrupted {
            console.error(Interruption.message(command: parsed.command, arguments: parsed, interrupted: interrupted))
            return ExitCode.interrupted.rawValue
        } catch let cancelled as CancelledSubmission {
            // The create had been sent: name its (billed) task if it answers within a few seconds.
            console.error(await InterruptedSubmission.message(for: cancelled, command: parsed.command, arguments: parsed))
            return ExitCode.interrupted.rawValue
        } catch {
            console.error("seedance: unexpected error: \(Redaction.scrub(String(describing: error)))")
            return ExitCode.unexpected.rawValue
        }
    }

    static func dispatch(_ parsed: ParsedArguments, context: CommandContext, interrupt: InterruptSignal) async throws -> ExitCode {
        let tasks = TaskCommands(context: context, interrupt: interrupt)
        switch parsed.command {
        case "generate": return try await GenerateCommand(context: context, interrupt: interrupt).run(parsed)
        case "submit": return try await SubmitCommand(context: context).run(parsed)
        case "status": return try await tasks.status(parsed)
        case "wait": return try await tasks.wait(parsed)
        case "download": return try await tasks.download(parsed)
        case "cancel": return try await tasks.cancel(parsed)
        case "list": return try await tasks.list(parsed)
        case "providers": return ProvidersCommand.run(parsed, console: context.console)
        case "simulate": return try await SimulateCommand(context: context, interrupt: interrupt).run(parsed)
        default: throw UsageError(message: "unknown command '\(parsed.command)'")
        }
    }

    private static func usage(_ error: UsageError, console: Console) -> ExitCode {
        console.error("seedance: \(error.message)")
        if let command = error.command.flatMap(CommandCatalog.spec) { console.error(HelpFormatter.usage(of: command)) }
        return .usage
    }

    static func helpText(for parsed: ParsedArguments) -> String {
        if parsed.command == "help", let topic = parsed.positionals.first, let spec = CommandCatalog.spec(topic) {
            return HelpFormatter.usage(of: spec)
        }
        if parsed.command != "help", let spec = CommandCatalog.spec(parsed.command) { return HelpFormatter.usage(of: spec) + "\n\n" + environmentHelp }
        return HelpFormatter.overview(CommandCatalog.all, environmentHelp: environmentHelp + "\n\n" + exitCodeHelp)
    }

    /// Where keys come from: one variable per provider, then `SEEDANCE_API_KEY`.
    static var environmentHelp: String {
        var lines = ["API keys are read from the environment (never from a flag); with none set, the embedded simulator is used:"]
        for entry in ProviderCatalog.all {
            lines.append(
                "  --provider \(entry.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(entry.preset.apiKeyEnvironmentVariables.joined(separator: ", "))"
            )
        }
        lines.append("SEEDANCE_PROVIDER (or --provider) names the provider. A provider's own variable selects it when none is named;")
        lines.append("SEEDANCE_API_KEY is used only for a named provider (alone, it is refused: exit 2).")
        return lines.joined(separator: "\n")
    }

    /// The exit codes and what they mean.
    static var exitCodeHelp: String {
        (["Exit codes:"] + ExitCode.allCases.map { "  \(String($0.rawValue).padding(toLength: 4, withPad: " ", startingAt: 0)) \($0.meaning)" }).joined(
            separator: "\n")
    }
}
