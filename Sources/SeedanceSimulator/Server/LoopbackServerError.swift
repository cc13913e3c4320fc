#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the loopback server could not start.
public struct LoopbackServerError: Error, Sendable, CustomStringConvertible {
    /// The system call that failed.
    public var call: String
    /// The `errno` it left.
    public var code: Int32

    static func socket(_ call: String, _ code: Int32) -> LoopbackServerError { LoopbackServerError(call: call, code: code) }

    /// "LoopbackHTTPServer: <call> failed: <reason>".
    public var description: String { "LoopbackHTTPServer: \(call) failed: \(String(cString: strerror(code)))" }
}
