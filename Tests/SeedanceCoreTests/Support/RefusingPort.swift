import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A loopback port that refuses every connection for as long as this value lives: a socket bound to `127.0.0.1`
/// that never listens. Unlike a stopped server's port, no other test can take it meanwhile.
final class RefusingPort: @unchecked Sendable {
    let port: UInt16
    private let descriptor: Int32

    /// Binds `port` (0: any free port). `SO_REUSEADDR` lets it take a port whose old connections linger in
    /// `TIME_WAIT`, but never one a socket still listens on.
    init(port: UInt16 = 0) throws {
        (descriptor, self.port) = try Self.boundLoopbackSocket(port: port)
    }

    /// A TCP socket bound to `127.0.0.1:port` (0: any free port), not listening yet, and the port it got.
    static func boundLoopbackSocket(port: UInt16 = 0) throws -> (descriptor: Int32, port: UInt16) {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        var on: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        return (descriptor, UInt16(bigEndian: address.sin_port))
    }

    /// `http://127.0.0.1:<port>` + `path`.
    func url(path: String = "/") -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    deinit { close(descriptor) }
}
