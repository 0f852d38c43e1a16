import CNCursesW
import RevisitCore
