import Foundation
import XCTest
@testable import RevisitStore

final class CSVReaderTests: XCTestCase {
    func testQuotesLineBreaksAndLineNumbers() throws {
        let rows = try CSVReader.rows(Data("a,b\r\n\"x, y\",\"he said \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row".utf8))
        XCTAssertEqual(rows.map(\.cells), [["a", "b"], ["x, y", "he said \"hi\""], ["two\nlines", "z"], ["last", "row"]])
        XCTAssertEqual(rows.map(\.line), [1, 2, 3, 5])
    }

    func testBytesThatAreNotUTF8FailAsSuchEvenWhereTheReadingFailsFirst() {
        XCTAssertThrowsError(try CSVReader.rows(Data("a\n\"open\nb".utf8) + [0xFF, 0x0A])) { error in
            XCTAssertEqual((error as? CSVReader.Failure)?.line, 3)
            XCTAssertEqual((error as? CSVReader.Failure)?.reason, CSVReader.notUTF8)
        }
    }

    func testUnclosedQuoteAndBadUTF8NameTheLine() {
        XCTAssertThrowsError(try CSVReader.rows(Data("a\n\"open,b\nc".utf8))) { error in
            XCTAssertEqual((error as? CSVReader.Failure)?.line, 2)
        }
        XCTAssertThrowsError(try CSVReader.rows(Data([0x61, 0x0A, 0x62, 0xFF, 0x0A]))) { error in
            XCTAssertEqual((error as? CSVReader.Failure)?.line, 2)
        }
    }

    func testWriterQuotesOnlyWhatNeedsIt() {
        XCTAssertEqual(CSVWriter.line(["a", "b,c", "say \"x\"", "张伟"]), "a,\"b,c\",\"say \"\"x\"\"\",张伟\r\n")
    }
}
