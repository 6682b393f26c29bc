import CalidocCLI

CalidocCommand.main()
