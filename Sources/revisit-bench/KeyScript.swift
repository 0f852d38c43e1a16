import RevisitCore
import RevisitTUI

/// A deterministic script of keys a rep might press on one screen: moving through the list,
/// opening a row and looking through it, and searching as they type (Chinese names, phone
/// digits, plates), with corrections. Quit and the keys that start forms are never pressed,
/// so the script stays on the screen it measures.
struct KeyScript {
    static let typed: [String] = ["王", "李娜", "张伟", "138", "13900", "粤B", "京A·", "Mar", "김", "欧阳", "刘洋", "C0001"]

    static func keys(count: Int, seed: UInt64) -> [Key] {
        var random = SeededRandom(seed: seed)
        var keys: [Key] = []
        while keys.count < count {
            switch random.int(0 ... 9) {
            case 0 ... 3:
                let step: Key = random.pick([.down, .down, .down, .up, .pageDown, .pageUp, .home, .end])
                keys += Array(repeating: step, count: step == .down || step == .up ? random.int(1 ... 12) : 1)
            case 4 ... 6:
                keys.append(.enter)
                for _ in 0 ..< random.int(2 ... 8) { keys.append(random.pick([.down, .down, .pageDown, .up])) }
                keys.append(.escape)
            default:
                keys.append(.char("/"))
                let word = random.pick(typed)
                keys += word.map { .char($0) }
                keys += Array(repeating: .backspace, count: random.int(0 ... min(2, word.count)))
                keys += [.down, .down, .enter, .escape, .escape]
            }
        }
        return Array(keys.prefix(count))
    }
}
