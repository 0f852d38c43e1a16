import XCTest
@testable import RevisitCore

/// Numbers in a state image (`ImageWriter.int`, `ImageReader.int`): every length of encoding
/// comes back, whether eight bytes or fewer follow it (the reader takes a word at a time when it
/// can), and a number cut short is refused with where it ran out.
final class ImageNumberTests: XCTestCase {
    static let values: [Int] = {
        var v = [0, 1, -1, 63, -64, 64, -65, 1_000, 29_000_000, -29_000_000, Int(Int32.max), Int(Int32.min), Int.max, Int.min]
        for bits in stride(from: 6, through: 62, by: 7) { v += [1 << bits, (1 << bits) - 1, -(1 << bits), -(1 << bits) - 1] }
        return v
    }()

    func testEveryLengthComesBackWithOrWithoutAWordAfterIt() throws {
        for value in Self.values {
            for padding in [0, 3, 7, 8, 16] {
                var w = ImageWriter()
                w.int(value)
                let length = w.bytes.count
                w.data([UInt8](repeating: 0xFF, count: padding))   // after the length, continuation bits everywhere
                try w.bytes.withUnsafeBytes { bytes in
                    var r = ImageReader(UnsafeRawBufferPointer(rebasing: bytes[..<(length + padding)]))
                    XCTAssertEqual(try r.int(), value, "\(value) with \(padding) bytes after")
                    XCTAssertEqual(r.offset, length, "\(value) with \(padding) bytes after")
                }
            }
        }
    }

    func testManyInARowComeBackInOrder() throws {
        var w = ImageWriter()
        for value in Self.values { w.int(value) }
        try w.bytes.withUnsafeBytes { bytes in
            var r = ImageReader(bytes)
            for value in Self.values { XCTAssertEqual(try r.int(), value) }
            XCTAssertTrue(r.isAtEnd)
        }
    }

    func testANumberCutShortIsRefused() throws {
        for value in [64, 29_000_000, Int.max, Int.min] {
            var w = ImageWriter()
            w.int(value)
            let cut = Array(w.bytes.dropLast())
            try cut.withUnsafeBytes { bytes in
                var r = ImageReader(bytes)
                XCTAssertThrowsError(try r.int(), "\(value)") {
                    XCTAssertEqual("\($0)", "damaged state image: a number runs past byte \(cut.count)")
                }
            }
        }
    }
}
