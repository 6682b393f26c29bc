import CalidocCLI

await CalidocCommand.start()
