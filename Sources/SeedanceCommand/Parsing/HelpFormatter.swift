/// Renders usage text for the whole tool and for one command.
enum HelpFormatter {
    /// `seedance <command> …` with every command's one-line summary.
    static func overview(_ commands: [CommandSpec], environmentHelp: String) -> String {
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        var lines = [
            "Usage: seedance <command> [options]", "", "Generate Seedance videos through any supported provider, or the embedded simulator.", "", "Commands:",
        ]
        for command in commands {
            lines.append("  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0) + command.summary)
        }
        lines += ["", "Run 'seedance help <command>' or 'seedance <command> --help' for a command's options.", "", environmentHelp]
        return lines.joined(separator: "\n")
    }

    /// The usage of `command`: synopsis, summary and every option with its help.
    static func usage(of command: CommandSpec) -> String {
        let positionals = command.positionals.map { " \($0)" }.joined()
        var lines = ["Usage: seedance \(command.name)\(positionals) [options]", "", command.summary]
        if !command.options.isEmpty {
            lines += ["", "Options:"]
            let rendered = command.options.map { option -> (String, String) in
                switch option.kind {
                case .flag:
                    let names = option.negation.map { "--\(option.name), --\($0)" } ?? "--\(option.name)"
                    return (names, option.help)
                case .value(let placeholder):
                    return ("--\(option.name) \(placeholder)", option.help)
                case .repeatable(let placeholder):
                    return ("--\(option.name) \(placeholder)", option.help + " Repeatable.")
                }
            }
            let width = min((rendered.map(\.0.count).max() ?? 0) + 2, 34)
            for (names, help) in rendered {
                if names.count + 2 > width {
                    lines.append("  \(names)")
                    lines.append("  " + String(repeating: " ", count: width) + help)
                } else {
                    lines.append("  " + names.padding(toLength: width, withPad: " ", startingAt: 0) + help)
                }
            }
        }
        lines.append("  -h, --help" + String(repeating: " ", count: max(2, 34 - 10)) + "Show this help.")
        return lines.joined(separator: "\n")
    }
}
