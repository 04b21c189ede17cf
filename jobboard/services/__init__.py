"""Domain services that the HTTP routes and the CLI call: SmartBot lives in `smartbot`."""
