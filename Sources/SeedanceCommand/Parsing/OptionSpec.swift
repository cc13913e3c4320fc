/// One `--option` a command accepts.
struct OptionSpec: Sendable, Hashable {
    /// Whether the option takes a value (`--seed 7`), may be given several times, each with a value, kept in order
    /// (`--reference-image a.png --reference-image b.png`), or is a switch (`--json`).
    enum Kind: Sendable, Hashable {
        case flag
        case value(placeholder: String)
        case repeatable(placeholder: String)
    }

    /// The long name without dashes (`first-frame`).
    var name: String
    var kind: Kind
    /// One line of help.
    var help: String
    /// A switch's opposite (`no-audio` for `audio`), accepted as the same option set to false.
    var negation: String?

    static func flag(_ name: String, _ help: String, negation: String? = nil) -> OptionSpec {
        OptionSpec(name: name, kind: .flag, help: help, negation: negation)
    }

    static func value(_ name: String, _ placeholder: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, kind: .value(placeholder: placeholder), help: help, negation: nil)
    }

    /// An option that may be repeated; every value is kept, in command-line order.
    static func repeatable(_ name: String, _ placeholder: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, kind: .repeatable(placeholder: placeholder), help: help, negation: nil)
    }
}

/// A subcommand: its name, what it does, its positional arguments and its options.
struct CommandSpec: Sendable {
    var name: String
    var summary: String
    /// Positional argument names, in order (`<prompt>`, `<task-id>`); `[name]` marks an optional one.
    var positionals: [String]
    var options: [OptionSpec]

    /// The option whose name or negation is `name`.
    func option(named name: String) -> (spec: OptionSpec, negated: Bool)? {
        if let spec = options.first(where: { $0.name == name }) { return (spec, false) }
        if let spec = options.first(where: { $0.negation == name }) { return (spec, true) }
        return nil
    }
}
