// The content_resources library only carries the remediation pages and their illustrations
// (":/content/<lang>/<page>.md" and ":/content/img/<lang>/<name>.svg"); it has no code of its own.
