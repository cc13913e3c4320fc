import Foundation
import SeedanceCore

/// What a dialect's ``SimulatedDialect/respond(to:in:)`` works with: the request, its route, the configuration,
/// and helpers over the ``TaskWorld`` that keep the framework's bookkeeping (counters, callbacks) right.
/// Every helper that refuses throws a ``SimulatedError`` the framework renders in the dialect's envelope.
public struct DialectContext: Sendable {
    /// The request (path relative to the dialect's base path).
    public let request: SimulatedRequest
    /// Its route.
    public let route: SimulatedRoute
    /// The simulator's configuration.
    public let configuration: SimulatorConfiguration
    /// The world (prefer the helpers below, which scope tasks to this dialect).
    public let world: TaskWorld
    let dialect: any SimulatedDialect
    let callbacks: CallbackDispatcher
    /// The reference files the simulator hosts (uploads and samples), for dialects that inspect reference URLs.
    let hostedMedia: HostedMedia

    // MARK: Request helpers

    /// The body as JSON. Throws ``SimulatedError/malformedBody(_:code:)`` when it is empty or not JSON.
    public func jsonBody() throws -> JSONValue {
        guard !request.body.isEmpty else { throw SimulatedError.malformedBody("The request body is empty; a JSON body is required.") }
        do {
            return try JSONInput.decode(JSONValue.self, from: request.body)
        } catch {
            throw SimulatedError.malformedBody("The request body is not valid JSON: \(DecodingErrorDescription.describe(error))")
        }
    }

    /// The body as a JSON object. Throws ``SimulatedError/malformedBody(_:code:)`` when it is not one.
    public func jsonObject() throws -> [String: JSONValue] {
        guard let object = try jsonBody().objectValue else { throw SimulatedError.malformedBody("The request body must be a JSON object.") }
        return object
    }

    /// The body decoded as `type`. Throws ``SimulatedError/malformedBody(_:code:)`` naming the path that failed.
    public func decodeBody<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: request.body)
        } catch {
            throw SimulatedError.malformedBody("The request body is invalid: \(DecodingErrorDescription.describe(error))")
        }
    }

    /// The route's task id. Throws ``SimulatedError/invalidParameter(_:_:code:status:)`` for `parameter` when the
    /// request named none (or an empty one).
    public func requireTaskID(parameter: String = "task_id") throws -> String {
        guard let id = route.taskID, !id.isEmpty else { throw SimulatedError.invalidParameter(parameter, "\(parameter) is required.") }
        return id
    }

    // MARK: World helpers

    /// The calendar date now.
    public var now: Date { world.currentDate }

    /// The origin result links of tasks created by this request point at (see ``MediaConfiguration/baseURL``).
    public var mediaOrigin: URL { configuration.media.mediaOrigin(forRequestOrigin: request.origin) }

    /// Creates a task for this dialect (counted as a committed create; its callback is scheduled when the draft
    /// has a callback URL and the dialect renders callbacks).
    public func createTask(_ draft: TaskDraft) async -> SimulatedTask {
        let task = await world.create(draft, dialect: dialect.name, idFormat: dialect.taskIDFormat, mediaOrigin: mediaOrigin)
        if task.callbackURL != nil { callbacks.schedule(task, dialect: dialect) }
        return task
    }

    /// This dialect's task `id` as it stands now. Throws ``SimulatedError/taskNotFound(_:code:)`` when there is none.
    public func observeTask(_ id: String) async throws -> TaskObservation {
        guard let observation = await world.observe(id, dialect: dialect.name) else { throw SimulatedError.taskNotFound(id) }
        return observation
    }

    /// Every live task of this dialect as it stands now, newest first (page them yourself).
    public func observeAllTasks() async -> [TaskObservation] {
        await world.observeAll(dialect: dialect.name)
    }

    /// Cancels this dialect's task `id` if it is queued (or running too, with `allowRunning`); a cancelled task's
    /// callback is posted at once.
    public func cancelTask(_ id: String, allowRunning: Bool = false) async -> TaskWorld.CancelResult {
        let result = await world.cancel(id, dialect: dialect.name, allowRunning: allowRunning)
        if case .cancelled(let observation) = result, observation.task.callbackURL != nil {
            callbacks.deliverNow(observation.task, dialect: dialect)
        }
        return result
    }

    /// Deletes this dialect's task record `id` whatever its phase (check the provider's rules first). Returns the
    /// task as it stood, or `nil` when there was none.
    public func deleteTask(_ id: String) async -> TaskObservation? {
        let deleted = await world.delete(id, dialect: dialect.name)
        if deleted != nil { callbacks.forget(id) }
        return deleted
    }
}
