import ArgumentParser

extension CalidocCommand {
    /// Parses the command line and runs the command; `calidoc serve`, the one asynchronous command,
    /// is awaited by name (ArgumentParser's own `main()` would resolve to the synchronous path).
    public static func start() async -> Never {
        do {
            var command = try parseAsRoot()
            if let serve = command as? Serve {
                try await serve.serve()
            } else {
                try command.run()
            }
            exit()
        } catch {
            exit(withError: error)
        }
    }
}
