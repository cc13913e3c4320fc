import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The session-level delegate of a ``URLSessionTransport`` (shared by all its sessions, so tasks are known by identity,
/// not by their per-session number): routes each task's callbacks to its ``Transfer``, checks
/// redirects, leaves server trust to the system and answers credential challenges with none (see
/// ``disposition(for:)``). Callbacks arrive inline on URLSession's work queue on Linux (``InlineDelegateQueue``),
/// on the sessions' serial delegate queue elsewhere.
final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var transfers: [ObjectIdentifier: Transfer] = [:]

    /// Routes `task`'s callbacks to `transfer` until the task completes. Call before resuming the task.
    func register(_ transfer: Transfer, for task: URLSessionTask) {
        lock.withLock { transfers[ObjectIdentifier(task)] = transfer }
    }

    /// Transfers whose tasks have not completed yet.
    var activeTransfers: Int { lock.withLock { transfers.count } }

    private func transfer(for task: URLSessionTask) -> Transfer? {
        lock.withLock { transfers[ObjectIdentifier(task)] }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @Sendable @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        completionHandler(.allow)
        transfer(for: dataTask)?.receive(response: response)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        transfer(for: dataTask)?.receive(data: data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let transfer = lock.withLock { transfers.removeValue(forKey: ObjectIdentifier(task)) }
        transfer?.taskEnded(error: error)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @Sendable @escaping (URLRequest?) -> Void
    ) {
        guard let target = request.url, RedirectRules.allows(target) else {
            transfer(for: task)?.refuseRedirect()
            return completionHandler(nil)
        }
        completionHandler(RedirectRules.sanitized(request, from: task.currentRequest?.url ?? response.url))
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @Sendable @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        let disposition = Self.disposition(for: challenge.protectionSpace.authenticationMethod)
        if disposition == .cancelAuthenticationChallenge { transfer(for: task)?.rejectChallenge() }
        #if canImport(FoundationNetworking)
        // Running inline on the work queue (``InlineDelegateQueue``): FoundationNetworking answers the challenge with
        // `task.cancel()` (or `suspend()`/`resume()`), which waits for that queue.
        DispatchQueue.global().async { completionHandler(disposition, nil) }
        #else
        completionHandler(disposition, nil)
        #endif
    }

    /// Darwin's `NSURLAuthenticationMethodServerTrust` (unavailable in swift-corelibs-foundation, which never sends it).
    static let serverTrust = "NSURLAuthenticationMethodServerTrust"
    /// Darwin's `NSURLAuthenticationMethodClientCertificate`.
    static let clientCertificate = "NSURLAuthenticationMethodClientCertificate"

    /// How a task-level challenge is answered. Server trust (TLS, which Darwin asks about here) and client
    /// certificates get the system's default handling; a server asking for credentials (Basic, Digest, NTLM,
    /// Negotiate …) gets none, so its 401 reaches the caller as a response: by default handling on Darwin (no
    /// credential storage is configured), by cancelling on FoundationNetworking (whose default handling would wait for
    /// credentials forever; ``Transfer`` turns that cancellation back into the 401 it received).
    static func disposition(for authenticationMethod: String) -> URLSession.AuthChallengeDisposition {
        switch authenticationMethod {
        case serverTrust, clientCertificate: return .performDefaultHandling
        default:
            #if canImport(FoundationNetworking)
            return .cancelAuthenticationChallenge
            #else
            return .performDefaultHandling
            #endif
        }
    }
}
