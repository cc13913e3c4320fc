import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// ``TaskTimeline``: the phase a task is in at a clock reading follows from its ``PlannedOutcome`` (a
/// ``FailureReason`` when it fails), its queued time and its completion time; a succeeded task's media lives at
/// ``MediaPaths``.
@Suite("The task timeline: phases from the planned outcome, and media paths", .timeLimit(.minutes(3)))
struct TaskTimelineTests {
    static let origin = URL(string: "http://127.0.0.1:8080")!

    /// A task of 100 s whose first 20 s are queued (the toy simulator's default queued fraction, 0.2).
    static func task(_ outcome: PlannedOutcome, returnLastFrame: Bool = false) async -> (TaskWorld, SimulatedTask) {
        let world = Simulator.toy().world
        let draft = TaskDraft(model: "toy-1", prompt: "p", returnLastFrame: returnLastFrame, completionTime: .seconds(100), outcome: outcome)
        let task = await world.create(draft, dialect: "toy", idFormat: .prefixed("t_", randomCharacters: 8), mediaOrigin: origin)
        return (world, task)
    }

    @Test("a task is queued, then running with progress, then fails with its planned reason at the completion time")
    func plannedFailure() async {
        let reason: FailureReason = .custom(code: "E9", message: "the render farm fell over")
        let (_, task) = await Self.task(.fail(reason))
        let start = task.createdAt
        #expect(task.plannedOutcome == PlannedOutcome.fail(reason))
        #expect(TaskTimeline.phase(of: task, at: start + .seconds(10)) == .queued)
        #expect(TaskTimeline.phase(of: task, at: start + .seconds(60)) == .running(progress: 0.5))
        #expect(TaskTimeline.phase(of: task, at: start + .seconds(99.99)) == .running(progress: 0.99))
        #expect(TaskTimeline.phase(of: task, at: start + .seconds(100)) == .failed(reason))
        #expect(TaskTimeline.terminalTime(of: task) == start + .seconds(100))
        #expect(TaskTimeline.lastChange(of: task, at: start + .seconds(10)) == start)
        #expect(TaskTimeline.lastChange(of: task, at: start + .seconds(60)) == start + .seconds(20))
        #expect(TaskTimeline.lastChange(of: task, at: start + .seconds(500)) == start + .seconds(100))
    }

    @Test("a task planned to expire stays queued and never runs, then expires; a cancel before the end wins over the outcome")
    func expiryAndCancel() async {
        let (world, expiring) = await Self.task(.expire)
        #expect(TaskTimeline.phase(of: expiring, at: expiring.createdAt + .seconds(99)) == .queued)
        #expect(TaskTimeline.phase(of: expiring, at: expiring.createdAt + .seconds(100)) == .expired)

        let (_, rejected) = await Self.task(.fail(.contentRejected))
        var cancelled = rejected
        cancelled.cancelledAt = rejected.createdAt + .seconds(30)
        #expect(TaskTimeline.phase(of: cancelled, at: rejected.createdAt + .seconds(29)) == .running(progress: 0.1125))
        #expect(TaskTimeline.phase(of: cancelled, at: rejected.createdAt + .seconds(200)) == .cancelled)
        #expect(TaskTimeline.lastChange(of: cancelled, at: rejected.createdAt + .seconds(200)) == rejected.createdAt + .seconds(30))
        #expect(TaskTimeline.phase(of: rejected, at: rejected.createdAt + .seconds(200)) == .failed(FailureReason.contentRejected))
        #expect(world.observation(of: expiring, at: expiring.createdAt + .seconds(100)).videoURL == nil)
    }

    @Test("a rejected prompt is planned as a content rejection; a generation failure rate plans generation failures")
    func plannedFromConfiguration() async {
        let rejecting = Simulator.toy().world
        let rejected = await rejecting.create(
            TaskDraft(model: "toy-1", prompt: "a [REJECT] prompt"), dialect: "toy", idFormat: .uuid, mediaOrigin: Self.origin)
        #expect(rejected.plannedOutcome == .fail(FailureReason.contentRejected))
        let failing = Simulator.toy { $0.failureRate = 1 }.world
        let failed = await failing.create(TaskDraft(model: "toy-1", prompt: "fine"), dialect: "toy", idFormat: .uuid, mediaOrigin: Self.origin)
        #expect(failed.plannedOutcome == .fail(FailureReason.generationFailed))
    }

    @Test("media paths: the task id is percent-encoded, the expiry is whole seconds rounded up, trailing slashes are dropped")
    func mediaPaths() {
        let expires = Date(timeIntervalSince1970: 1_770_000_100.2)
        let video = MediaPaths.url(base: URL(string: "http://127.0.0.1:8080//")!, taskID: "a b/c?d", file: MediaPaths.videoFile, expires: expires)
        #expect(video.absoluteString == "http://127.0.0.1:8080/media/a%20b%2Fc%3Fd/video.mp4?expires=1770000101")
        let frame = MediaPaths.url(base: Self.origin, taskID: "cgt-1", file: MediaPaths.lastFrameFile, expires: nil)
        #expect(frame.absoluteString == "http://127.0.0.1:8080/media/cgt-1/last-frame.png")
    }

    @Test("a succeeded task's observation carries its video and last frame at the media paths")
    func succeededTaskMedia() async {
        let (world, task) = await Self.task(.succeed, returnLastFrame: true)
        let done = world.observation(of: task, at: task.createdAt + .seconds(100))
        #expect(done.phase == .succeeded)
        #expect(done.videoURL?.absoluteString == "http://127.0.0.1:8080/media/\(task.id)/\(MediaPaths.videoFile)")
        #expect(done.lastFrameURL?.absoluteString == "http://127.0.0.1:8080/media/\(task.id)/\(MediaPaths.lastFrameFile)")
    }
}
