import CalidocCLI

await CalidocCommand.main()
