import Foundation

/// Hosts a local media file somewhere the provider can fetch it, and returns its URL.
///
/// Providers fetch reference videos themselves and never take them inline, so a ``MediaInput/file(_:)`` video
/// needs hosting: give the client an uploader (your object store with a signed URL, a CDN) and it is called once per
/// local video, after the file's headers passed the model's checks and before the create is sent. Without one, a
/// local video is refused before any request with a message saying so. The embedded simulator has its own uploader.
public protocol MediaUploader: Sendable {
    /// Hosts the file at `file` (a local file URL of `kind`, whose headers read as `info`) and returns an `https`
    /// URL (or `http` to a loopback host in tests) the provider can fetch for at least the life of the task.
    ///
    /// - Throws: any error, and the client sends nothing: a `SeedanceError` keeps its category (throw
    ///   `.invalidRequest` when you refuse the file) and gets the request field (`referenceVideos[1]`) when it names
    ///   none; any other error becomes `.transport` naming the field. On cancellation, throw `CancellationError`
    ///   (an error thrown while the caller is cancelled, such as `URLError(.cancelled)`, also ends as
    ///   `CancellationError`); no create has been sent.
    func upload(fileAt file: URL, kind: MediaKind, info: MediaInfo) async throws -> URL
}
