import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The session-level delegate of a ``URLSessionTransport``: routes each task's callbacks to its ``Transfer``, checks
/// redirects, and declines authentication challenges (FoundationNetworking would otherwise leave a 401 carrying a
/// Basic/Digest challenge hanging). Callbacks arrive on the session's serial delegate queue.
final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]

    /// Routes `task`'s callbacks to `transfer` until the task completes. Call before resuming the task.
    func register(_ transfer: Transfer, for task: URLSessionTask) {
        lock.withLock { transfers[task.taskIdentifier] = transfer }
    }

    /// Transfers whose tasks have not completed yet.
    var activeTransfers: Int { lock.withLock { transfers.count } }

    private func transfer(for task: URLSessionTask) -> Transfer? {
        lock.withLock { transfers[task.taskIdentifier] }
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
        let transfer = lock.withLock { transfers.removeValue(forKey: task.taskIdentifier) }
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
        transfer(for: task)?.rejectChallenge()
        completionHandler(.cancelAuthenticationChallenge, nil)
    }
}
