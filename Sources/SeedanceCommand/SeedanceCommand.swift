/// The `seedance` command's logic, kept in a library so it can be tested. Implemented by its own issue.
public enum SeedanceCommand {
    /// Runs the command with `arguments` (without the program name) and returns the exit code.
    public static func run(_ arguments: [String]) async -> Int32 {
        print("seedance: not implemented yet")
        return 1
    }
}
