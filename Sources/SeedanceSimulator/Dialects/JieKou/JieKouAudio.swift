import Foundation
import SeedanceCore

/// The generated audio a succeeded task lists in `audios[]`: a silent WAV as long as the video (8 kHz, 8-bit mono
/// PCM), served by the dialect itself, without authentication like the framework's result files, at
/// `{media origin}{basePath}/media/<task id>/audio.wav`, with the same `expires` rule as the video link.
enum JieKouAudio {
    static let fileName = "audio.wav"
    static let sampleRate = 8000

    /// The link for a succeeded task, or `nil`.
    static func url(for observation: TaskObservation, basePath: String, configuration: SimulatorConfiguration) -> URL? {
        guard observation.phase == .succeeded else { return nil }
        var origin = observation.task.mediaBaseURL.absoluteString
        while origin.hasSuffix("/") { origin.removeLast() }
        guard let base = URL(string: origin + basePath) else { return nil }
        let expires = configuration.media.resultURLLifetime.map { observation.observedAt.addingTimeInterval($0.timeInterval) }
        return MediaPaths.url(base: base, taskID: observation.id, file: fileName, expires: expires)
    }

    /// The WAV of task `taskID`.
    ///
    /// - Throws: ``SimulatedError/taskNotFound(_:code:)`` when the task is unknown, not succeeded or made without
    ///   audio; a 403 `ACCESS_DENY` once the link's `expires` has passed.
    static func serve(taskID: String, in context: DialectContext) async throws -> SimulatedResponse {
        let observation = try await context.observeTask(taskID)
        guard observation.phase == .succeeded, observation.task.echo.generateAudio != false else { throw SimulatedError.taskNotFound(taskID) }
        if let expires = context.request.query("expires").flatMap(Double.init), context.now.timeIntervalSince1970 > expires {
            throw SimulatedError.notAllowed("Request has expired", status: 403)
        }
        return SimulatedResponse(
            status: 200, headers: ["Content-Type": "audio/wav"],
            body: .data(silentWAV(seconds: observation.task.echo.duration ?? 5)))
    }

    /// A RIFF/WAVE file of `seconds` of silence (see ``AudioWriter/wav(seconds:sampleRate:)``).
    static func silentWAV(seconds: Int) -> Data { AudioWriter.wav(seconds: Double(seconds), sampleRate: sampleRate) }
}
