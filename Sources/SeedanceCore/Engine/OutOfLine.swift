/// A value stored behind one reference, so a record that holds it only sometimes (a tracked task's last snapshot
/// or error) stays a few words wide instead of carrying the value's full size inline.
struct OutOfLine<Value: Sendable>: Sendable {
    private final class Storage: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private let storage: Storage

    init(_ value: Value) { storage = Storage(value) }

    var value: Value { storage.value }
}
