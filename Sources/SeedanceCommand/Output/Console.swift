import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the command writes: standard output and error, or a buffer in tests. Knows whether output is a terminal
/// (live progress line) or not (plain lines).
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let writeOut: @Sendable (String) -> Void
    private let writeErr: @Sendable (String) -> Void
    private var captured: [String] = []
    private var capturedErrors: [String] = []
    private let capturing: Bool

    /// Whether standard output is a terminal.
    public let isTerminal: Bool

    /// The process's standard output and error.
    public static func standard() -> Console {
        Console(
            isTerminal: isatty(STDOUT_FILENO) == 1, capturing: false,
            out: { FileHandle.standardOutput.write(Data($0.utf8)) }, err: { FileHandle.standardError.write(Data($0.utf8)) })
    }

    /// A console that keeps everything written, for tests.
    public static func capture(isTerminal: Bool = false) -> Console {
        Console(isTerminal: isTerminal, capturing: true, out: { _ in }, err: { _ in })
    }

    init(isTerminal: Bool, capturing: Bool, out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.isTerminal = isTerminal
        self.capturing = capturing
        writeOut = out
        writeErr = err
    }

    /// Writes `line` and a newline to standard output.
    public func line(_ line: String) { write(line + "\n") }

    /// Writes `text` as is (no newline) to standard output.
    public func write(_ text: String) {
        if capturing { lock.withLock { captured.append(text) } } else { writeOut(text) }
    }

    /// Writes `line` and a newline to standard error.
    public func error(_ line: String) {
        if capturing { lock.withLock { capturedErrors.append(line + "\n") } } else { writeErr(line + "\n") }
    }

    /// Everything written to standard output so far (capturing consoles only).
    public var output: String { lock.withLock { captured.joined() } }

    /// Everything written to standard error so far (capturing consoles only).
    public var errors: String { lock.withLock { capturedErrors.joined() } }
}
