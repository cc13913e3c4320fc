import Foundation

/// Downloads a finished task's video (or last frame) to a file, safely.
///
/// - The body streams to a hidden temporary file in the destination's directory (constant memory for any size),
///   is checked (2xx, a plausible content type, the announced length, an MP4 box at the start of an MP4), and only
///   then renamed over the destination in one step. On any failure or cancellation the temporary file is removed
///   and the destination is untouched: an existing file there stays as it was.
/// - Requests to the result host carry `requiresAuthorization = false`: the API key never goes to a CDN.
/// - Result URLs expire. On 403, 404 or 410 the downloader calls `refresh` once for a fresh snapshot and retries
///   with its URL; if that fails too (or there is no `refresh`), it throws `.notFound` saying the result expired,
///   with the task id.
public struct VideoDownloader: Sendable {
    /// Streams a request's response body into a file, as ``HTTPTransport/download(_:to:progress:)`` does: writes the
    /// body whatever the status, returns the response with an empty body, throws `CancellationError` when cancelled.
    public typealias Send = @Sendable (SeedanceHTTPRequest, URL, (@Sendable (DownloadProgress) -> Void)?) async throws -> SeedanceHTTPResponse

    /// Who serves the task, named in errors.
    public var provider: ProviderID?
    /// Whether an MP4 (by content type, or by a `.mp4` / `.mov` URL with a generic content type) must start with an
    /// ISO media box (`ftyp`, `moov` …). On by default: it catches error pages served with a video content type.
    public var checksMP4Signature: Bool
    private let send: Send

    /// A downloader that sends through `send` (the client passes its executor's download, which signs only
    /// requests to the API's own origin).
    public init(provider: ProviderID? = nil, checksMP4Signature: Bool = true, send: @escaping Send) {
        self.provider = provider
        self.checksMP4Signature = checksMP4Signature
        self.send = send
    }

    /// A downloader that sends straight through `transport` (no signing: result hosts need none).
    public init(transport: any HTTPTransport, provider: ProviderID? = nil, checksMP4Signature: Bool = true) {
        self.init(provider: provider, checksMP4Signature: checksMP4Signature) { request, file, progress in
            try await transport.download(request, to: file, progress: progress)
        }
    }

    /// Downloads `asset` of `snapshot`'s task to `destination` and returns the destination's standardized URL.
    ///
    /// - Parameters:
    ///   - destination: a file URL in an existing directory; an existing file there is replaced atomically.
    ///   - refresh: fetches the task's status again, called at most once when the result URL answers 403/404/410.
    ///   - progress: called as bytes arrive (from the transport's thread), with the expected total when known;
    ///     it starts again from zero if the download is retried with a refreshed URL.
    /// - Throws: `CancellationError` when the calling task is cancelled (no file is left behind). `SeedanceError`
    ///   carrying the task id: `.invalidRequest` for a task that has not finished or a bad destination,
    ///   `.taskFailed` / `.cancelled` / `.taskExpired` for a task that ended so, `.notFound` for a missing or
    ///   expired result, the status's category for another HTTP error, `.decoding` for a body that is not the
    ///   asset (an HTML or JSON page, an empty body, a non-MP4), `.transport` / `.timeout` for network failures
    ///   (and a body over the transport's size cap); `.invalidRequest` (field `destination`, "no space left") when
    ///   the disk fills up, and (field `url`) for a result URL, first or refreshed, that is neither https nor http
    ///   to a loopback host. The partial file is removed in every case.
    public func download(
        _ snapshot: TaskSnapshot, asset: DownloadAsset = .video, to destination: URL,
        refresh: (@Sendable () async throws -> TaskSnapshot)? = nil, progress: (@Sendable (DownloadProgress) -> Void)? = nil
    ) async throws -> URL {
        var resultURL = try url(of: asset, in: snapshot)
        let target = try DownloadTarget(destination: destination, provider: provider)
        let check = DownloadedBodyCheck(asset: asset, taskID: snapshot.id, provider: provider, checksMP4Signature: checksMP4Signature)
        var refreshed = false
        while true {
            let temporary = target.temporaryFile()
            do {
                let response = try await send(request(for: resultURL, asset: asset), temporary, progress)
                try Task.checkCancellation()
                if [403, 404, 410].contains(response.status) {
                    target.discard(temporary)
                    guard let refresh, !refreshed else { throw expired(snapshot.id, asset: asset, status: response.status, refreshed: refreshed) }
                    refreshed = true
                    let fresh = try await refresh()
                    guard let next = asset.url(in: fresh) else {
                        throw expired(snapshot.id, asset: asset, status: response.status, refreshed: true, last: fresh)
                    }
                    resultURL = try checked(next, asset: asset, snapshot: fresh)
                    continue
                }
                try check.verify(response, file: temporary)
                try target.commit(temporary, provider: provider)
                return target.destination
            } catch {
                target.discard(temporary)
                throw mapped(error, taskID: snapshot.id, target: target)
            }
        }
    }

    /// The GET for a result URL: never signed, safe to repeat.
    func request(for url: URL, asset: DownloadAsset) -> SeedanceHTTPRequest {
        SeedanceHTTPRequest(method: .get, url: url, headers: ["Accept": asset.acceptHeader], kind: .idempotent, requiresAuthorization: false)
    }

    /// The asset's `http`/`https` URL, or the error that says why the snapshot has none.
    private func url(of asset: DownloadAsset, in snapshot: TaskSnapshot) throws -> URL {
        let id = snapshot.id.rawValue
        guard let url = asset.url(in: snapshot) else {
            let category: SeedanceError.Category
            var message: String
            switch snapshot.status {
            case .succeeded:
                category = .notFound
                message = "task \(id) succeeded but reported no \(asset.displayName) URL"
                if asset == .lastFrame { message += " (ask for the last frame when submitting, where the model supports it)" }
            case .failed: (category, message) = (.taskFailed, "task \(id) failed, so it has no \(asset.displayName)")
            case .cancelled: (category, message) = (.cancelled, "task \(id) was cancelled, so it has no \(asset.displayName)")
            case .expired: (category, message) = (.taskExpired, "task \(id) expired before it ran, so it has no \(asset.displayName)")
            case .queued, .running, .unknown:
                category = .invalidRequest
                message = "task \(id) is \(snapshot.rawStatus) (\(snapshot.status)), not succeeded: wait for it before downloading its \(asset.displayName)"
            }
            if let failure = snapshot.failure { message += ": \(failure.message)" }
            throw SeedanceError(category: category, provider: provider, message: message, taskID: snapshot.id, lastSnapshot: snapshot)
        }
        return try checked(url, asset: asset, snapshot: snapshot)
    }

    /// `url` when it may be fetched: `https`, or `http` to a loopback host (the rule redirects follow too). Applies
    /// to every result URL, refreshed ones included; nothing is sent for a refused one.
    private func checked(_ url: URL, asset: DownloadAsset, snapshot: TaskSnapshot) throws -> URL {
        guard RedirectRules.allows(url) else {
            throw SeedanceError(
                category: .invalidRequest, provider: provider,
                message: "the \(asset.displayName) URL of task \(snapshot.id.rawValue) is neither https nor http to a loopback host: \(url.absoluteString)",
                field: "url", value: url.absoluteString, allowed: "an https URL (or http to 127.0.0.1, ::1 or localhost)", taskID: snapshot.id,
                lastSnapshot: snapshot)
        }
        return url
    }

    private func expired(_ id: TaskID, asset: DownloadAsset, status: Int, refreshed: Bool, last: TaskSnapshot? = nil) -> SeedanceError {
        let advice =
            refreshed
            ? "a fresh status did not give a working URL, so the result has expired or was deleted"
            : "result URLs expire: fetch the task's status for a fresh URL and download again promptly"
        return SeedanceError(
            category: .notFound, provider: provider, httpStatus: status,
            message: "the \(asset.displayName) of task \(id.rawValue) is gone from the result host (HTTP \(status)): \(advice)",
            taskID: id, lastSnapshot: last)
    }

    /// `error` as the downloader's contract says: cancellation and `SeedanceError` as they are (with the task id),
    /// a full disk as `.invalidRequest` for the `destination`, transport failures as `.transport` / `.timeout`.
    private func mapped(_ error: any Error, taskID: TaskID, target: DownloadTarget) -> any Error {
        if error is CancellationError { return error }
        if let cocoa = error as? CocoaError, cocoa.code == .fileWriteOutOfSpace { return target.diskFull(taskID: taskID, provider: provider) }
        if let urlError = error as? URLError, urlError.code == .cancelled { return CancellationError() }
        if var seedance = error as? SeedanceError {
            if seedance.taskID == nil { seedance.taskID = taskID }
            return seedance
        }
        if let transport = error as? HTTPTransportError {
            let category: SeedanceError.Category = if case .timedOut = transport.kind { .timeout } else { .transport }
            return SeedanceError(category: category, provider: provider, message: "downloading the result failed: \(transport.message)", taskID: taskID)
        }
        return SeedanceError(category: .transport, provider: provider, message: "downloading the result failed: \(error)", taskID: taskID)
    }
}
