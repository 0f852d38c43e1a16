/// What the demo desk has to do next, earliest first (ties in the order added). The heap holds
/// only times and slots, so reordering it never touches the items' strings.
struct DemoAgenda<Item> {
    private var heap: [(time: Int, order: Int, slot: Int)] = []
    private var items: [Item?] = []
    private var freeSlots: [Int] = []
    private var added = 0

    var nextTime: CivilTime? { heap.first.map { CivilTime(minutes: $0.time) } }

    mutating func add(_ item: Item, at time: CivilTime) {
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = free
            items[slot] = item
        } else {
            slot = items.count
            items.append(item)
        }
        heap.append((time.minutes, added, slot))
        added += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(child, parent) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func next() -> (time: CivilTime, item: Item)? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let first = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count, precedes(left, smallest) { smallest = left }
            if right < heap.count, precedes(right, smallest) { smallest = right }
            guard smallest != parent else { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        let item = items[first.slot]!
        items[first.slot] = nil
        freeSlots.append(first.slot)
        return (CivilTime(minutes: first.time), item)
    }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        heap[a].time != heap[b].time ? heap[a].time < heap[b].time : heap[a].order < heap[b].order
    }
}
