import Foundation

/// A dialect whose provider can cancel a task that has not started.
///
/// ``SeedanceClient/cancel(_:)`` uses it only for a task it has just read as `queued`; a dialect without this
/// conformance makes that call throw `.unsupported` with nothing sent.
public protocol CancellableDialect: Dialect {
    /// The request that cancels `id`. Throws `.invalidRequest` when `id` cannot be placed in a URL safely.
    func makeCancelRequest(for id: TaskID) throws -> SeedanceHTTPRequest

    /// Reads a cancel response. Throws the mapped error, carrying `id` (a task that started running in the
    /// meantime is `.invalidRequest` with the provider's code).
    func parseCancelResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws
}

extension CancellableDialect {
    /// Any success status is a done cancel; an error status throws the generic HTTP mapping, carrying `id`.
    public func parseCancelResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws {
        if !response.isSuccess { throw HTTPErrorMapping.error(for: response, provider: provider, taskID: id) }
    }
}

/// A dialect whose provider can delete the record of a finished task (its status and video URL can no longer be
/// fetched through the API).
///
/// ``SeedanceClient/delete(_:)`` uses it only for a task it has just read as finished; a dialect without this
/// conformance makes that call throw `.unsupported` with nothing sent.
public protocol DeletableDialect: Dialect {
    /// The request that deletes the record of the finished task `id`. Throws `.invalidRequest` when `id` cannot be
    /// placed in a URL safely.
    func makeDeleteRequest(for id: TaskID) throws -> SeedanceHTTPRequest

    /// Reads a delete response. Throws the mapped error, carrying `id`.
    func parseDeleteResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws
}

/// A dialect whose provider lists its tasks page by page.
///
/// ``SeedanceClient/list(_:)`` and ``SeedanceClient/reconcile(_:)`` need it; without this conformance they throw
/// `.unsupported` with nothing sent.
public protocol ListableDialect: Dialect {
    /// The request for one page of the task list. Throws `.invalidRequest` for a query the API cannot express.
    func makeListRequest(_ query: TaskListQuery) throws -> SeedanceHTTPRequest

    /// One page of the task list. Throws the mapped error for an error status, `.decoding` for an unreadable body.
    func parseListResponse(_ response: SeedanceHTTPResponse) throws -> TaskListPage
}

/// A dialect whose provider POSTs task results to a callback URL the request names.
///
/// ``SeedanceClient/parseCallback(_:)`` needs it; without this conformance it throws `.unsupported`.
public protocol CallbackDialect: Dialect {
    /// A snapshot from a callback body the provider POSTed to your server. Throws `.decoding` for a body that is not
    /// the documented shape, or the mapped error for an error body. Callbacks may repeat and are not signed: confirm
    /// with a status request before acting on one.
    func parseCallback(_ body: Data) throws -> TaskSnapshot
}
