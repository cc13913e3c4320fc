/// The `seedance` command's logic, kept in a library so it can be tested.
public enum SeedanceCommand {
    /// Runs the command with `arguments` (without the program name), writing to `console`, and returns the exit
    /// code (see the README's exit code table).
    public static func run(_ arguments: [String], console: Console = .standard()) async -> Int32 {
        let parser = ArgumentParser(commands: CommandCatalog.all)
        let parsed: ParsedArguments
        do {
            parsed = try parser.parse(arguments)
        } catch {
            console.error("seedance: \(error.message)")
            if let command = error.command.flatMap(CommandCatalog.spec) { console.error(HelpFormatter.usage(of: command)) }
            return ExitCode.usage.rawValue
        }
        if parsed.command == "help" || parsed.wantsHelp {
            console.line(helpText(for: parsed))
            return ExitCode.success.rawValue
        }
        return await dispatch(parsed, console: console).rawValue
    }

    static func dispatch(_ parsed: ParsedArguments, console: Console) async -> ExitCode {
        switch parsed.command {
        case "providers":
            return ProvidersCommand.run(parsed, console: console)
        default:
            console.error("seedance: '\(parsed.command)' is not implemented yet")
            return .unexpected
        }
    }

    static func helpText(for parsed: ParsedArguments) -> String {
        if parsed.command == "help", let topic = parsed.positionals.first, let spec = CommandCatalog.spec(topic) {
            return HelpFormatter.usage(of: spec)
        }
        if parsed.command != "help", let spec = CommandCatalog.spec(parsed.command) { return HelpFormatter.usage(of: spec) }
        return HelpFormatter.overview(CommandCatalog.all, environmentHelp: "")
    }
}
