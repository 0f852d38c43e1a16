import XCTest
import RevisitCore
@testable import RevisitTUI

final class ShortDateTests: XCTestCase {
    /// A deadline in this year, or within half a year across New Year, keeps its day; one
    /// further off shows its year, never a day that reads as this year's.
    func testADateShowsItsYearOnlyWhenFarFromNow() {
        let now = CivilDate("2026-11-30")!
        XCTAssertEqual(ShortDate.date(CivilDate("2026-03-14")!, now: now), "03-14")
        XCTAssertEqual(ShortDate.date(CivilDate("2026-12-06")!, now: now), "12-06")
        XCTAssertEqual(ShortDate.date(CivilDate("2027-01-05")!, now: now), "01-05")
        XCTAssertEqual(ShortDate.date(CivilDate("2025-08-23")!, now: now), "2025")
        XCTAssertEqual(ShortDate.date(CivilDate("2027-08-23")!, now: now), "2027")
        let newYear = CivilDate("2027-01-03")!
        XCTAssertEqual(ShortDate.date(CivilDate("2026-12-20")!, now: newYear), "12-20")
        XCTAssertEqual(ShortDate.date(CivilDate("2026-03-20")!, now: newYear), "2026")
    }
}
