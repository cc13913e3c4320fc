import Foundation

/// Turns the local reference videos of a validated request into URLs the provider can fetch.
///
/// Providers never take video inline, so each ``MediaInput/file(_:)`` in ``VideoRequest/referenceVideos`` is, in
/// this order: refused at once when the client has no ``MediaUploader``; inspected from its headers
/// (``MediaInspector/inspect(fileAt:field:provider:)``) and checked against ``ReferenceLimits/video`` and the clip
/// length (an edit's source: 4–30 s), all local videos together against ``ReferenceLimits/totalSeconds``; and only
/// when every file passed, handed to the uploader one by one and replaced by the URL it returns. A bad file therefore
/// never uploads anything, and a failed upload sends nothing.
struct ReferenceVideoUpload {
    /// Names provider and model in errors and holds the checks.
    let validator: RequestValidator
    /// The model's reference limits.
    let limits: ReferenceLimits
    /// Hosts the files, or `nil` (local videos are refused).
    let uploader: (any MediaUploader)?

    /// Whether `request` has a local reference video (one to upload before the create can be sent).
    @inline(never)
    static func hasLocalVideos(_ request: VideoRequest) -> Bool {
        request.referenceVideos.contains { if case .file = $0 { true } else { false } }
    }

    /// `request.referenceVideos` (validated by `dialect`) with every local file checked against the limits
    /// `dialect` states for the request's model (else, for an official Seedance 2.x id it does not list, the official
    /// limits) and replaced by its uploaded URL; the other inputs as they are. Reads nothing and builds nothing when
    /// there is no local video.
    ///
    /// - Throws: as ``uploading(_:)``; `.invalidRequest` naming `referenceVideos` when the dialect states no
    ///   reference limits for the model (the files could not be checked).
    static func uploadingLocalVideos(of request: VideoRequest, dialect: any Dialect, uploader: (any MediaUploader)?) async throws -> [MediaInput] {
        guard hasLocalVideos(request) else { return request.referenceVideos }
        let modelID = request.model ?? dialect.defaultModel
        // A dialect may validate an official id it does not list (another date suffix) with the official limits.
        let listed = dialect.capabilities.model(modelID).flatMap { $0.references == nil ? nil : $0 }
        guard let model = listed ?? Seedance2Model.recognise(modelID)?.capabilities(id: modelID), let limits = model.references else {
            throw SeedanceError.invalid(
                RequestField.referenceVideos.rawValue, value: nil, allowed: "http or https URLs or assets", provider: dialect.provider, model: modelID,
                reason: "cannot hold local files here: the dialect states no reference limits for this model to check them against")
        }
        let upload = ReferenceVideoUpload(validator: RequestValidator(provider: dialect.provider, model: model), limits: limits, uploader: uploader)
        return try await upload.uploading(request)
    }

    /// `request.referenceVideos` with every local file replaced by its uploaded URL; the other inputs as they are.
    ///
    /// - Throws: `SeedanceError` `.invalidRequest` naming `referenceVideos[i]` with no uploader, for a file that
    ///   cannot be read or is refused by the limits, or for an upload that returned no `http`/`https` URL; the
    ///   uploader's own `SeedanceError` with the field added; `.transport` naming the field for any other uploader
    ///   error. `CancellationError` when the caller is cancelled before or during an upload. Nothing is sent to the
    ///   provider in any of these cases.
    func uploading(_ request: VideoRequest) async throws -> [MediaInput] {
        let videos = request.referenceVideos
        let local: [(index: Int, file: URL)] = videos.enumerated().compactMap { index, input in
            if case .file(let url) = input { return (index, url) }
            return nil
        }
        guard let first = local.first else { return videos }
        guard let uploader else {
            let assets = limits.video.acceptsAssets
            try validator.check(
                false, Self.field(first.index), first.file.path,
                RequestValidator.oneOf(["an http or https URL", assets ? "an asset" : nil, "a local file with a MediaUploader set on the client"]),
                reason:
                    "is a local video file, and video is never sent inline: pass its URL\(assets ? " or an asset" : ""), or give the client a MediaUploader (SeedanceClient(mediaUploader:)) to host it"
            )
            return videos
        }
        var infos: [MediaInfo] = []
        var seconds = 0.0
        for (index, file) in local {
            let field = Self.field(index)
            let info = try validator.namingModel { try MediaInspector.inspect(fileAt: file, field: field, provider: validator.provider) }
            seconds += try validator.checkVideo(info, field: field, limits: limits, taskType: request.taskType) ?? 0
            infos.append(info)
        }
        try validator.checkTotalSeconds(seconds, kind: .video, limits: limits)
        var prepared = videos
        for ((index, file), info) in zip(local, infos) {
            try Task.checkCancellation()
            prepared[index] = .url(try await upload(file, info: info, field: Self.field(index), with: uploader))
        }
        return prepared
    }

    private func upload(_ file: URL, info: MediaInfo, field: String, with uploader: any MediaUploader) async throws -> URL {
        let url: URL
        do {
            url = try await uploader.upload(fileAt: file, kind: .video, info: info)
        } catch let error as CancellationError {
            throw error
        } catch var error as SeedanceError {
            if error.field == nil {
                error.field = field
                error.message = "\(field) (\(file.lastPathComponent)): \(error.message)"
            }
            error.provider = error.provider ?? validator.provider
            error.model = error.model ?? validator.model.id
            throw error
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw SeedanceError(
                category: .transport, provider: validator.provider,
                message:
                    "\(field) (\(file.lastPathComponent)) could not be uploaded by the MediaUploader: \(Redaction.scrub(String(describing: error))); no request was sent to the provider",
                field: field, value: file.lastPathComponent, model: validator.model.id)
        }
        let scheme = url.scheme?.lowercased() ?? ""
        try validator.check(
            ["http", "https"].contains(scheme) && url.host != nil, field, "(a \(scheme.isEmpty ? "relative" : scheme) URL)",
            "an http or https URL the provider can fetch", reason: "was uploaded, but the MediaUploader returned no http or https URL")
        return url
    }

    private static func field(_ index: Int) -> String { "\(RequestField.referenceVideos.rawValue)[\(index)]" }
}
