import Foundation

extension SeedanceClient {
    /// Downloads a finished task's video (or its last frame) to `destination`.
    ///
    /// The body streams to a temporary file beside `destination`, is checked (2xx, a plausible content type, an MP4
    /// box for videos), then replaces `destination` in one step; on any failure or cancellation nothing is left and
    /// an existing file is untouched. The API key is never sent to the result host. Result URLs expire: on 403, 404
    /// or 410 the task's status is fetched once for a fresh URL and the download retried.
    ///
    /// - Returns: `destination`.
    /// - Throws: `SeedanceError` carrying the task id: `.invalidRequest` for a task not finished, `.taskFailed` /
    ///   `.cancelled` / `.taskExpired` for one that ended without a video, `.notFound` when the result is gone,
    ///   `.decoding` for a body that is not the asset, `.transport` for a short body or one over the transport's cap,
    ///   `.timeout` past its download deadline, `.invalidRequest` (field `destination`) for a full disk and (field
    ///   `url`) for a result URL that is neither https nor http to a loopback host. `CancellationError` when
    ///   cancelled; no partial file is left in any case.
    public func download(
        _ snapshot: TaskSnapshot, asset: DownloadAsset = .video, to destination: URL,
        progress: (@Sendable (DownloadProgress) -> Void)? = nil
    ) async throws -> URL {
        let executor = self.executor
        let downloader = VideoDownloader(provider: provider) { request, file, progress in
            try await executor.download(request, to: file, progress: progress)
        }
        return try await downloader.download(
            snapshot, asset: asset, to: destination, refresh: { [self] in try await self.status(of: snapshot.id) },
            progress: progress)
    }

    /// Fetches the status of `id` and downloads its video (or last frame) to `destination`.
    ///
    /// - Throws: what ``status(of:)`` and ``download(_:asset:to:progress:)`` throw.
    public func download(_ id: TaskID, asset: DownloadAsset = .video, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)? = nil) async throws
        -> URL
    {
        try await download(status(of: id), asset: asset, to: destination, progress: progress)
    }
}
