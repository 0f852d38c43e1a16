public enum RevisitCore { public static let version = "0.1.0" }
