import Foundation

/// Per-call context: extra headers (trace propagation) and a correlation id for the calls made inside
/// ``withValue(_:operation:)``.
///
/// Bound as a task-local value, so it reaches every request the client sends for the calls inside the closure
/// (submit, status, cancel, list, download) and every log event those requests emit, without threading it
/// through each call. The engine's own polls and its `taskFinished` event are shared by every waiter of a task,
/// so they carry no caller's context (the ``SubmittedTask/correlationID`` of a task keeps its submitting call's
/// id).
///
/// ```swift
/// let context = SeedanceCallContext(headers: ["traceparent": traceparent], correlationID: request.id)
/// let task = try await SeedanceCallContext.withValue(context) { try await client.submit(video) }
/// ```
///
/// `Authorization` is never taken from here (the client signs requests itself); a `User-Agent` given here replaces
/// the transport's for these calls.
public struct SeedanceCallContext: Sendable, Hashable {
    /// Header fields added to each request (after the dialect's own; `Authorization` is ignored).
    public var headers: SeedanceHTTPHeaders
    /// An id carried in every ``SeedanceLogEvent`` (``SeedanceLogEvent/correlationID``) and in the
    /// ``SubmittedTask`` of a submit made in this context.
    public var correlationID: String?

    /// A context; both parts are optional.
    public init(headers: SeedanceHTTPHeaders = [:], correlationID: String? = nil) {
        self.headers = headers
        self.correlationID = correlationID
    }

    /// The context of the current Swift task (`nil` outside ``withValue(_:operation:)``).
    @TaskLocal public static var current: SeedanceCallContext?

    /// Runs `operation` with `context` as ``current``; child tasks inherit it, unstructured engine work does not.
    ///
    /// - Throws: what `operation` throws.
    public static func withValue<T: Sendable>(_ context: SeedanceCallContext, operation: () async throws -> T) async rethrows -> T {
        try await $current.withValue(context, operation: operation)
    }
}
