/// The `seedance` command's logic, kept in a library so it can be tested.
public enum SeedanceCommand {
    /// Runs the command with `arguments` (without the program name) and returns the exit code.
    public static func run(_ arguments: [String]) async -> Int32 {
        let parser = ArgumentParser(commands: CommandCatalog.all)
        do {
            let parsed = try parser.parse(arguments)
            if parsed.command == "help" || parsed.wantsHelp {
                print(helpText(for: parsed))
                return ExitCode.success.rawValue
            }
            print("seedance: '\(parsed.command)' is not implemented yet")
            return ExitCode.unexpected.rawValue
        } catch {
            printError("seedance: \(error.message)")
            if let command = error.command.flatMap(CommandCatalog.spec) { printError(HelpFormatter.usage(of: command)) }
            return ExitCode.usage.rawValue
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
