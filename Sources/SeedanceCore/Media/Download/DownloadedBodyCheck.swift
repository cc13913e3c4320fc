import Foundation

/// Decides whether a finished download is the asset: a 2xx status, a plausible content type, a non-empty body of the
/// announced length and, for MP4, a file that starts with an ISO media box. Reads at most a few KiB of the file.
struct DownloadedBodyCheck: Sendable {
    var asset: DownloadAsset
    var taskID: TaskID
    var provider: ProviderID?
    var checksMP4Signature: Bool

    /// Top-level ISO base media box types an MP4 / QuickTime file may start with.
    static let leadingBoxes: Set<String> = ["ftyp", "styp", "moov", "mdat", "free", "skip", "wide", "pdin", "moof"]

    /// - Throws: `SeedanceError`: the status's category for a non-2xx answer, `.decoding` for a body that is not
    ///   the asset (wrong content type, empty, not MP4), `.transport` for a body shorter or longer than announced.
    ///   Each carries the task id and a redacted excerpt of what was received.
    func verify(_ response: SeedanceHTTPResponse, file: URL) throws {
        guard response.isSuccess else {
            throw failure(
                HTTPErrorMapping.category(forStatus: response.status, retryAfter: HTTPErrorMapping.retryAfter(in: response.headers)),
                "the result host answered HTTP \(response.status) for the \(asset.displayName) of task \(taskID.rawValue); nothing was saved",
                response, file)
        }
        let contentType = Self.mediaType(response.headers["Content-Type"])
        guard isPlausible(contentType) else {
            throw failure(
                .decoding,
                "the result host sent \(contentType ?? "") instead of a \(asset.displayName) for task \(taskID.rawValue); nothing was saved",
                response, file)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value ?? 0
        guard size > 0 else {
            throw failure(.decoding, "the result host sent an empty \(asset.displayName) for task \(taskID.rawValue); nothing was saved", response, file)
        }
        if response.headers["Content-Encoding"] == nil, let text = response.headers["Content-Length"], let expected = Int64(text), expected != size {
            throw failure(
                .transport,
                "the \(asset.displayName) of task \(taskID.rawValue) arrived incomplete (\(size) of \(expected) bytes); nothing was saved",
                response, nil)
        }
        if checksMP4Signature && isMP4(contentType, url: response.url) {
            let head = Self.head(of: file, count: 8)
            let box = head.count == 8 ? String(decoding: head[head.startIndex + 4..<head.startIndex + 8], as: UTF8.self) : ""
            guard Self.leadingBoxes.contains(box) else {
                throw failure(
                    .decoding, "the \(asset.displayName) of task \(taskID.rawValue) is not an MP4 file (no ftyp box at its start); nothing was saved",
                    response, file)
            }
        }
    }

    /// `type/subtype` in lowercase without parameters, or `nil` when absent or empty.
    static func mediaType(_ header: String?) -> String? {
        guard let header else { return nil }
        let type = header.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return type.isEmpty ? nil : type
    }

    private func isPlausible(_ type: String?) -> Bool {
        guard let type else { return true }
        if ["application/octet-stream", "binary/octet-stream"].contains(type) { return true }
        if type.hasPrefix(asset.mediaTypeFamily + "/") { return true }
        return asset == .video && type == "application/mp4"
    }

    private func isMP4(_ type: String?, url: URL?) -> Bool {
        guard asset == .video else { return false }
        if let type, ["video/mp4", "application/mp4", "video/quicktime"].contains(type) { return true }
        let isGeneric = type == nil || type == "application/octet-stream" || type == "binary/octet-stream"
        return isGeneric && ["mp4", "m4v", "mov"].contains(url?.pathExtension.lowercased() ?? "")
    }

    private func failure(_ category: SeedanceError.Category, _ message: String, _ response: SeedanceHTTPResponse, _ file: URL?) -> SeedanceError {
        SeedanceError(
            category: category, provider: provider, httpStatus: response.status, message: message, taskID: taskID,
            requestID: response.requestID, bodyExcerpt: file.flatMap { Redaction.excerpt(of: Self.head(of: $0, count: 2048)) })
    }

    /// The first `count` bytes of `file` (fewer if it is shorter; empty if unreadable).
    static func head(of file: URL, count: Int) -> Data {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return Data() }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)) ?? Data()
    }
}
