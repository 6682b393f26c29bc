import ArgumentParser

extension CalidocCommand {
    /// Parses the command line and runs the command; the asynchronous ones (`serve`, `cuentas`) are
    /// awaited (ArgumentParser's own `main()` would resolve to the synchronous path).
    public static func start() async -> Never {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            exit()
        } catch {
            exit(withError: error)
        }
    }
}
