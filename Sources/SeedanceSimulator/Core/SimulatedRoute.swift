/// What kind of operation a request is, for counters and for limiting faults to some routes.
public enum RouteKind: String, Sendable, Hashable, CaseIterable {
    /// Creates a task (billable).
    case create
    /// Reads one task's status (a poll).
    case status
    /// Lists tasks.
    case list
    /// Cancels a task.
    case cancel
    /// Deletes a task record.
    case delete
    /// Fetches a result file (served by the framework's media routes).
    case download
    /// Anything else a dialect serves, and requests no route matched.
    case other
}

/// A request a dialect recognised: its kind, the dialect's own name for the operation, and the task it is about.
///
/// Dialects build routes with the factories (`.create()`, `.status(taskID:)` …) and switch on ``operation`` (or
/// ``kind``) in ``SimulatedDialect/respond(to:in:)``.
public struct SimulatedRoute: Sendable, Hashable {
    /// The kind, for counters and fault limits.
    public var kind: RouteKind
    /// The dialect's name for the operation (`"create"`, `"create-i2v"`, `"status"` …); defaults to the kind's name.
    public var operation: String
    /// The task the request names, when it names one (counted as a poll of that task for `.status`).
    public var taskID: String?
    /// Whether the framework checks `Authorization: Bearer` before calling the dialect (default `true`).
    public var requiresAuthorization: Bool

    /// Builds a route.
    public init(kind: RouteKind, operation: String? = nil, taskID: String? = nil, requiresAuthorization: Bool = true) {
        self.kind = kind
        self.operation = operation ?? kind.rawValue
        self.taskID = taskID
        self.requiresAuthorization = requiresAuthorization
    }

    /// A create route.
    public static func create(_ operation: String = "create") -> SimulatedRoute { SimulatedRoute(kind: .create, operation: operation) }
    /// A status route for `taskID` (`nil` when the request does not name one: the dialect answers its 400).
    public static func status(taskID: String?, operation: String = "status") -> SimulatedRoute {
        SimulatedRoute(kind: .status, operation: operation, taskID: taskID)
    }
    /// A list route.
    public static func list(_ operation: String = "list") -> SimulatedRoute { SimulatedRoute(kind: .list, operation: operation) }
    /// A cancel route for `taskID`.
    public static func cancel(taskID: String?, operation: String = "cancel") -> SimulatedRoute {
        SimulatedRoute(kind: .cancel, operation: operation, taskID: taskID)
    }
    /// A delete route for `taskID`.
    public static func delete(taskID: String?, operation: String = "delete") -> SimulatedRoute {
        SimulatedRoute(kind: .delete, operation: operation, taskID: taskID)
    }
    /// Any other operation.
    public static func other(_ operation: String, taskID: String? = nil) -> SimulatedRoute {
        SimulatedRoute(kind: .other, operation: operation, taskID: taskID)
    }
}
