#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the loopback server could not start.
package struct LoopbackServerError: Error, Sendable, CustomStringConvertible {
    /// The system call that failed.
    package var call: String
    /// The `errno` it left.
    package var code: Int32

    static func socket(_ call: String, _ code: Int32) -> LoopbackServerError { LoopbackServerError(call: call, code: code) }

    /// "LoopbackHTTPServer: <call> failed: <reason>".
    package var description: String { "LoopbackHTTPServer: \(call) failed: \(String(cString: strerror(code)))" }
}
