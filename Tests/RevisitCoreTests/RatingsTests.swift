import XCTest
@testable import RevisitCore

final class RatingsTests: XCTestCase {
    func testReadsTheFieldAsTheDictionaryReadingDoes() throws {
        let samples = ["", "speed=5", "prices=5,quality=4,speed=4,staff=5,visit=3", "speed=5,prices=4,staff=1", ",,speed=5,",
                       "a==5", "a=+3", "a=-2", "张=5", "a=5,a=2", "a=300", "a=1,b=2,c=3,d=4,e=5,f=1,g=2,h=3,i=4",
                       "=5", "a=", "a=5=6", "a=x", "a 5", "a=99999999999999999999"]
        let f = try FieldDecoder(ArrayFieldReader(samples), type: "call.logged", minimumCount: 0)
        for _ in 0 ..< 2 {   // the second round reads through the shared question lists the first made
            for (i, text) in samples.enumerated() {
                let expected = (try? f.numbersByKey(i, what: "rating")).map(Ratings.init)
                XCTAssertEqual(try? f.ratings(i), expected, text)
                XCTAssertEqual((try? f.ratings(i))?.dictionary, try? f.numbersByKey(i, what: "rating"), text)
            }
        }
        XCTAssertThrowsError(try f.ratings(15)) {
            XCTAssertEqual("\($0)", "call.logged: field 16 has a bad rating \"a=x\"")
        }
    }

    func testReadsLikeADictionaryInQuestionOrder() {
        let r: Ratings = ["speed": 5, "prices": 4, "staff": 1]
        XCTAssertEqual(r["prices"], 4)
        XCTAssertNil(r["visit"])
        XCTAssertEqual(r.count, 3)
        XCTAssertEqual(r.map(\.key), ["prices", "speed", "staff"])
        XCTAssertEqual(Array(r.values), [4, 5, 1])
        XCTAssertTrue(Ratings([:]).isEmpty)
        XCTAssertFalse(r.isEmpty)
    }

    func testEqualityAndHashFollowTheRatingsNotTheirStorage() {
        let packed = Ratings(["a": 1, "b": 2])
        let wide = Ratings(["a": 1, "b": 2, "c": 1000])
        XCTAssertEqual(wide["c"], 1000)
        XCTAssertEqual(packed, ["b": 2, "a": 1])
        XCTAssertNotEqual(packed, ["a": 1, "b": 3])
        XCTAssertNotEqual(packed, ["a": 1])
        XCTAssertNotEqual(packed, wide)
        XCTAssertEqual(Set([packed, Ratings(["a": 1, "b": 2]), wide]).count, 2)
        let nine = Dictionary(uniqueKeysWithValues: (1 ... 9).map { ("q\($0)", $0) })
        XCTAssertEqual(Ratings(nine).dictionary, nine)
    }
}
