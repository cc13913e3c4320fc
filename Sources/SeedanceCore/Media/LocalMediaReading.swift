import Foundation

extension VideoRequest {
    /// This request with its local images (frames, reference images) and local reference audio read into memory
    /// (``MediaInput/file(_:)`` → ``MediaInput/data(_:)``), so validation sees their bytes. Local reference videos
    /// stay files: the client inspects and uploads them (``ReferenceVideoUpload``).
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`, naming the field, such as `referenceAudios[1]`) for a file that
    ///   cannot be read.
    package func readingLocalFiles(provider: ProviderID) throws -> VideoRequest {
        func read(_ inputs: [MediaInput], _ field: RequestField, _ kind: MediaKind) throws -> [MediaInput] {
            try inputs.enumerated().map { index, input in try input.resolved(field: "\(field.rawValue)[\(index)]", provider: provider, kind: kind) }
        }
        var loaded = self
        loaded.firstFrame = try firstFrame?.resolved(field: RequestField.firstFrame.rawValue, provider: provider)
        loaded.lastFrame = try lastFrame?.resolved(field: RequestField.lastFrame.rawValue, provider: provider)
        loaded.referenceImages = try read(referenceImages, .referenceImages, .image)
        loaded.referenceAudios = try read(referenceAudios, .referenceAudios, .audio)
        return loaded
    }
}
