import Foundation

/// Reads a create's answer once: the executor's in-band check of each 2xx answer and the final reading of the answer
/// it returns share one parse of the body.
final class CreateAnswerReading: @unchecked Sendable {
    private let parse: @Sendable (SeedanceHTTPResponse) throws -> TaskID
    private let lock = NSLock()
    private var last: (response: SeedanceHTTPResponse, result: Result<TaskID, any Error>)?

    /// Reads answers with `parse` (the dialect's `parseCreateResponse`).
    init(parse: @escaping @Sendable (SeedanceHTTPResponse) throws -> TaskID) { self.parse = parse }

    /// The task id in `response`, or the error reading it threw; the answer read last (same status, headers and body,
    /// so the same request id in its error) is not parsed again.
    func taskID(in response: SeedanceHTTPResponse) -> Result<TaskID, any Error> {
        if let last = lock.withLock({ last }), last.response.status == response.status, last.response.body == response.body,
            last.response.headers == response.headers
        {
            return last.result
        }
        let result = Result { try parse(response) }
        lock.withLock { last = (response, result) }
        return result
    }
}
