import Foundation

extension Keymap {
    /// The default keymap file, then the user's file on top if it exists
    /// (a missing user file is normal; an unreadable or wrong one is an error).
    public static func load(defaultFile: String, userFile: String? = nil) throws -> Keymap {
        var keymap = Keymap()
        try KeymapParser.apply(read(defaultFile), file: defaultFile, to: &keymap)
        if let userFile, FileManager.default.fileExists(atPath: userFile) {
            try KeymapParser.apply(read(userFile), file: userFile, to: &keymap)
        }
        return keymap
    }

    /// Where the shipped `keymaps/` directory is: $REVISIT_KEYMAPS, else beside the
    /// executable or in `../share/revisit/keymaps`, else in a parent of the executable
    /// (a build inside the source tree), else in the current directory.
    public static func shippedDirectory(environment: [String: String] = ProcessInfo.processInfo.environment,
                                        executable: String = CommandLine.arguments.first ?? "") -> String? {
        let fm = FileManager.default
        func has(_ dir: String) -> Bool { fm.fileExists(atPath: dir + "/default.keymap") }
        if let dir = environment["REVISIT_KEYMAPS"], has(dir) { return dir }
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let shared = dir.appendingPathComponent("../share/revisit/keymaps").standardized.path
        if has(shared) { return shared }
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("keymaps").path
            if has(candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        let local = fm.currentDirectoryPath + "/keymaps"
        return has(local) ? local : nil
    }

    /// The user's keymap: $XDG_CONFIG_HOME/revisit/keymap or ~/.config/revisit/keymap.
    public static func userFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/revisit/keymap" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/revisit/keymap" }
        return nil
    }

    private static func read(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw KeymapError(file: path, line: 0, message: "cannot read the keymap (\(error.localizedDescription))")
        }
    }
}
