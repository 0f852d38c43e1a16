import Foundation

/// Lets go of a large value on another thread, so freeing it piece by piece does not hold up
/// this one. The caller must hold no other reference to what should be freed there.
public enum ReleaseInBackground {
    public static func release<T: Sendable>(_ value: T) {
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
    }
}
