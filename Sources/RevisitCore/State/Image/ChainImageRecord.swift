/// One record of a state image's call chains (see `CallChains`): a chain's table sizes, or a
/// slice of one of its tables. Chain 0 files calls by customer, chain 1 by task.
enum ChainImageRecord {
    case sizes(chain: Int, [Int])
    case slice(chain: Int, ChainSlice)

    func write(to w: inout ImageWriter) {
        switch self {
        case .sizes(let chain, let sizes):
            w.int(0); w.int(chain); w.int(sizes.count)
            for n in sizes { w.int(n) }
        case .slice(let chain, let slice):
            w.int(1); w.int(chain); w.int(slice.table); w.int(slice.start); w.data(slice.bytes)
        }
    }

    init(from r: inout ImageReader) throws(ImageError) {
        let kind = try r.int(), chain = try r.int()
        guard chain == 0 || chain == 1 else { throw .damaged("no call chain \(chain)") }
        switch kind {
        case 0:
            var sizes: [Int] = []
            for _ in 0 ..< min(16, max(0, try r.int())) { sizes.append(try r.int()) }
            self = .sizes(chain: chain, sizes)
        case 1:
            let table = try r.int(), start = try r.int()
            self = .slice(chain: chain, ChainSlice(table: table, start: start, bytes: Array(try r.stringBytes())))
        default: throw .damaged("no call chain record of kind \(kind)")
        }
    }
}
