import XCTest
@testable import RevisitStore

final class ImageHashTests: XCTestCase {
    /// Every length from empty to past a few 32-byte steps, so each lane, the eight-byte
    /// steps after them and the last odd bytes are all covered.
    func testAnyOneByteChangedOrALengthChangedGivesAnotherHash() {
        for length in 0 ... 100 {
            let bytes = (0 ..< length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let hash = bytes.withUnsafeBytes(ImageHash.of)
            XCTAssertEqual(hash, bytes.withUnsafeBytes(ImageHash.of), "the same bytes, the same hash")
            XCTAssertNotEqual(hash, (bytes + [0]).withUnsafeBytes(ImageHash.of), "a zero byte more, \(length)")
            for at in bytes.indices {
                var changed = bytes
                changed[at] ^= 0x40
                XCTAssertNotEqual(hash, changed.withUnsafeBytes(ImageHash.of), "byte \(at) of \(length) changed")
            }
        }
    }
}
