import Foundation

/// Why a file named on the command line cannot be read, for the message that says so: the
/// system's words ("No such file or directory", "Permission denied"), or that it is a folder.
public enum UnreadableFile {
    public static func reason(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return String(cString: strerror(errno)) }
        if info.st_mode & S_IFMT == S_IFDIR { return "it is a folder, not a file" }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        close(fd)
        return "it could not be read"
    }
}
