/// What the command line said, after parsing against a ``CommandSpec``.
struct ParsedArguments: Sendable, Equatable {
    var command: String
    var positionals: [String] = []
    /// Value options as given (last one wins).
    var values: [String: String] = [:]
    /// Repeatable options' values, in command-line order.
    var lists: [String: [String]] = [:]
    /// Switches as given: `true` for `--audio`, `false` for `--no-audio`.
    var flags: [String: Bool] = [:]
    /// `--help` was asked for.
    var wantsHelp = false

    /// The value of option `name`, if given.
    func value(_ name: String) -> String? { values[name] }

    /// Every value of repeatable option `name`, in order (empty when not given).
    func values(_ name: String) -> [String] { lists[name] ?? [] }

    /// The state of switch `name`, if given.
    func flag(_ name: String) -> Bool? { flags[name] }

    /// Whether switch `name` was given and on.
    func isOn(_ name: String) -> Bool { flags[name] == true }
}

/// A command line that does not fit the command's usage. Printed with that command's usage; exit code 64.
struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    var message: String
    /// The command whose usage to print, when known.
    var command: String?

    var description: String { message }
}
