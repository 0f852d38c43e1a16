import RevisitCore
print("revisit \(RevisitCore.version)")
