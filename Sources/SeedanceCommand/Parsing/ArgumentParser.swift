/// Parses `seedance <command> [arguments]` by hand (the package has no dependencies).
///
/// Accepts `--name value`, `--name=value` (repeatable options collect every value in order), switches and their `--no-…` negations, `-h`/`--help`, and `--` to end
/// options. Unknown options, missing values, values given to switches and extra positionals are ``UsageError``s.
struct ArgumentParser: Sendable {
    var commands: [CommandSpec]

    /// Parses `arguments` (without the program name). An empty line or `help` asks for help.
    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        guard let first = arguments.first else { return ParsedArguments(command: "help") }
        if first == "-h" || first == "--help" { return ParsedArguments(command: "help") }
        guard let spec = commands.first(where: { $0.name == first }) else {
            throw UsageError(message: "unknown command '\(first)'; commands: \(commands.map(\.name).joined(separator: ", "))")
        }
        var parsed = ParsedArguments(command: spec.name)
        var index = 1
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            if argument == "-h" || argument == "--help" {
                parsed.wantsHelp = true
                continue
            }
            guard argument.hasPrefix("--") else {
                throw UsageError(message: "unknown option '\(argument)' (options are spelled --name)", command: spec.name)
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let (option, negated) = spec.option(named: name) else {
                throw UsageError(message: "unknown option '--\(name)' for '\(spec.name)'", command: spec.name)
            }
            switch option.kind {
            case .flag:
                if inlineValue != nil {
                    throw UsageError(message: "'--\(name)' takes no value", command: spec.name)
                }
                parsed.flags[option.name] = !negated
            case .value(let placeholder), .repeatable(let placeholder):
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count, !arguments[index].hasPrefix("--") {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError(message: "'--\(name)' needs a value (\(placeholder))", command: spec.name)
                }
                if case .repeatable = option.kind {
                    parsed.lists[option.name, default: []].append(value)
                } else {
                    parsed.values[option.name] = value
                }
            }
        }
        if parsed.wantsHelp { return parsed }
        if parsed.positionals.count > spec.positionals.count {
            let extra = parsed.positionals[spec.positionals.count...].joined(separator: " ")
            throw UsageError(message: "unexpected argument '\(extra)' for '\(spec.name)'", command: spec.name)
        }
        let required = spec.positionals.filter { !$0.hasPrefix("[") }
        if parsed.positionals.count < required.count {
            let missing = required[parsed.positionals.count...].joined(separator: " ")
            throw UsageError(message: "'\(spec.name)' needs \(missing)", command: spec.name)
        }
        return parsed
    }
}
