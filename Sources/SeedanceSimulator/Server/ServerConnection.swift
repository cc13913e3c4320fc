#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SeedanceCore

/// Serves the requests of one accepted connection, one after another (HTTP/1.1 keep-alive), on its own thread.
struct ServerConnection {
    let id: Int
    let descriptor: Int32
    let core: ServerCore

    private static let headLimit = 64 * 1024
    private static let continueLine = Data("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    func run() {
        guard core.lifecycle.register(id, descriptor: descriptor) else { return close(reset: false) }
        if core.shouldResetBeforeReading(id) { return close(reset: true) }
        let reader = ConnectionReader(descriptor: descriptor)
        var lastAnswer: ContinuousClock.Instant?
        var prior = 0
        while !core.lifecycle.isStopped {
            let head: RequestHead
            switch reader.readHead(limit: Self.headLimit) {
            case .head(let parsed): head = parsed
            case .closed: return close(reset: false)
            case .malformed:
                _ = ResponseWriter.write(
                    ServerResponse(status: 400), to: descriptor, keepAlive: false, omitBody: false, lifecycle: core.lifecycle)
                return close(reset: false)
            }
            if let lastAnswer, let limit = core.idleConnectionLimit, ContinuousClock.now - lastAnswer > limit {
                // The idle connection was closed just as the client reused it: the request is never read.
                core.recordIdleClose()
                return close(reset: false)
            }
            if head.headers["Expect"]?.lowercased() == "100-continue", !Socket.sendAll(descriptor, Self.continueLine) {
                return close(reset: false)
            }
            guard let body = readBody(of: head, from: reader) else {
                _ = ResponseWriter.write(
                    ServerResponse(status: 413), to: descriptor, keepAlive: false, omitBody: false, lifecycle: core.lifecycle)
                return close(reset: false)
            }
            let request = ServerRequest(
                method: head.method, path: head.path, query: head.query, rawTarget: head.target, headers: head.headers, body: body,
                connectionID: id, priorRequestsOnConnection: prior)
            prior += 1
            let response: ServerResponse
            if request.isConnectionWarmUp, !core.passesWarmUps {
                core.statistics.recordWarmUp()
                response = ServerResponse(status: 200)
            } else {
                core.statistics.record(request)
                response = core.respond(to: request)
            }
            let outcome = ResponseWriter.write(
                response, to: descriptor, keepAlive: head.keepsAlive, omitBody: head.method == "HEAD", lifecycle: core.lifecycle)
            lastAnswer = ContinuousClock.now
            switch outcome {
            case .keepOpen: continue
            case .close: return close(reset: false)
            case .reset: return close(reset: true)
            }
        }
        close(reset: false)
    }

    /// The request body, or `nil` when it is malformed, cut short or over the server's limit.
    private func readBody(of head: RequestHead, from reader: ConnectionReader) -> Data? {
        if head.isChunked { return reader.readChunkedBody(limit: core.maxRequestBodyBytes) }
        guard let length = head.contentLength, length <= core.maxRequestBodyBytes else { return nil }
        return length == 0 ? Data() : reader.readBody(count: length)
    }

    private func close(reset: Bool) {
        core.lifecycle.unregister(id)
        if reset {
            Socket.resetAndClose(descriptor)
        } else {
            #if canImport(Glibc)
            _ = Glibc.close(descriptor)
            #else
            _ = Darwin.close(descriptor)
            #endif
        }
    }
}
