import Foundation
import SeedanceCore
import Testing

/// Holds a client weakly, to prove it is released.
private final class WeakClient: @unchecked Sendable {
    weak var client: SeedanceClient?
    init(_ client: SeedanceClient) { self.client = client }
}

@Suite("Many tenants, one engine", .timeLimit(.minutes(2)))
struct TenantTests {
    @Test func aThousandTenantsShareOneEngineAndNoKeyReachesAnotherTenant() async throws {
        let tenantCount = 1_000
        let rig = ServerRig { n in FakeWorld.Script(duration: .seconds(40 + Double(n % 7))) }
        let root = try rig.client()
        let logs = (0..<tenantCount).map { _ in EventLog() }
        var tenants: [SeedanceClient] = []
        var weak: [WeakClient] = []
        for n in 0..<tenantCount {
            let log = logs[n]
            let tenant = try root.tenant(apiKey: APIKey("sk-tenant-\(n)-SECRET"), logger: { log.append($0) })
            tenants.append(tenant)
            weak.append(WeakClient(tenant))
        }
        #expect(tenants.allSatisfy { $0.engine === root.engine && ($0.transport as AnyObject) === rig.world })

        var submitted: [SubmittedTask] = []
        for tenant in tenants { submitted.append(try await tenant.submit(Harness.request)) }
        #expect(submitted.map(\.id.rawValue) == (0..<tenantCount).map { "task-\($0)" })

        // Every tenant waits for its own task; tenant 1 also waits for tenant 0's id, with its own key.
        let done = ResultBox<Int>()
        let waiting = Task { [tenants, submitted] in
            await withTaskGroup(of: Void.self) { group in
                for (tenant, task) in zip(tenants, submitted) { group.addTask { _ = try? await tenant.wait(for: task) } }
                group.addTask { _ = try? await tenants[1].wait(for: submitted[0].id) }
            }
            done.set(.success(1))
        }
        let driver = rig.driver(root)
        await driver.settle { root.engine.registrations == tenantCount + 1 }
        #expect(root.engine.trackedTaskCount == tenantCount + 1)  // tenant 1's interest in task-0 is its own
        await driver.run(until: { done.isSet }, limit: .seconds(3_600))
        await waiting.value

        // Requests: each carries the key of the tenant that made the call, and only that.
        var keysForTask0: Set<String> = []
        for request in rig.world.requests {
            let authorization = try #require(request.headers["Authorization"])
            if request.method == "POST" { continue }
            let owner = try #require(request.taskID.flatMap { Int($0.dropFirst("task-".count)) })
            if owner == 0 {
                keysForTask0.insert(authorization)
            } else {
                #expect(authorization == "Bearer sk-tenant-\(owner)-SECRET")
            }
        }
        #expect(keysForTask0 == ["Bearer sk-tenant-0-SECRET", "Bearer sk-tenant-1-SECRET"])
        let creates = rig.world.requests.filter { $0.method == "POST" }.map { $0.headers["Authorization"] ?? "" }
        #expect(creates == (0..<tenantCount).map { "Bearer sk-tenant-\($0)-SECRET" })

        // Logs: a tenant's hook sees its own tasks only, including the shared engine's taskFinished event.
        for n in 2..<tenantCount {
            let ids = Set(logs[n].all.compactMap(\.taskID?.rawValue))
            #expect(ids == ["task-\(n)"])
            #expect(logs[n].all.contains { $0.kind == .taskFinished })
            #expect(!logs[n].all.contains { String(describing: $0).contains("SECRET") })
        }

        // Bounded memory: once the tasks ended and the tenants are dropped, nothing keeps them or their tasks.
        #expect(root.engine.trackedTaskCount == 0)
        tenants.removeAll()
        #expect(weak.allSatisfy { $0.client == nil })
        await root.shutdown()
    }

    @Test func tenantsOfAnotherProviderShareTheEngineAndShutdownIsTheGroups() async throws {
        let rig = ServerRig()
        let root = try rig.client()
        let other = try root.tenant(dialect: FakeDialect(baseURL: URL(string: "https://api.other.test/v1")!), apiKey: APIKey("sk-other-1"))
        #expect(other.engine === root.engine)
        let task = try await other.submit(Harness.request)
        let waiting = Task { try await other.wait(for: task) }
        await rig.driver(root).settle { root.engine.registrations == 1 }
        await other.shutdown()
        let error = await #expect(throws: SeedanceError.self) { try await waiting.value }
        #expect(error?.category == .shutdown && error?.taskID == task.id)
        #expect(root.isShutDown)
    }
}
