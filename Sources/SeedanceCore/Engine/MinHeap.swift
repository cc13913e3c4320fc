/// A binary min-heap ordered by `areInIncreasingOrder`. O(log n) push and pop, O(1) peek.
///
/// Used for the engine's due polls and deadlines and for the virtual clock's sleepers. Removal is lazy: owners
/// mark entries stale and skip them when they surface (see ``compact(keeping:)``).
struct MinHeap<Element> {
    private(set) var elements: [Element] = []
    private let areInIncreasingOrder: (Element, Element) -> Bool

    init(by areInIncreasingOrder: @escaping (Element, Element) -> Bool) {
        self.areInIncreasingOrder = areInIncreasingOrder
    }

    var isEmpty: Bool { elements.isEmpty }
    var count: Int { elements.count }
    /// The smallest element, without removing it.
    var top: Element? { elements.first }

    mutating func push(_ element: Element) {
        elements.append(element)
        siftUp(from: elements.count - 1)
    }

    /// Removes and returns the smallest element.
    @discardableResult
    mutating func pop() -> Element? {
        guard !elements.isEmpty else { return nil }
        elements.swapAt(0, elements.count - 1)
        let smallest = elements.removeLast()
        if !elements.isEmpty { siftDown(from: 0) }
        return smallest
    }

    /// Drops every element for which `keep` is false and restores heap order in O(n).
    mutating func compact(keeping keep: (Element) -> Bool) {
        elements.removeAll { !keep($0) }
        var index = elements.count / 2
        while index > 0 {
            index -= 1
            siftDown(from: index)
        }
    }

    private mutating func siftUp(from start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard areInIncreasingOrder(elements[child], elements[parent]) else { return }
            elements.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < elements.count else { return }
            var smallest = left
            let right = left + 1
            if right < elements.count, areInIncreasingOrder(elements[right], elements[left]) { smallest = right }
            guard areInIncreasingOrder(elements[smallest], elements[parent]) else { return }
            elements.swapAt(smallest, parent)
            parent = smallest
        }
    }
}
