/// Start-up and shutdown shared by every project: flags read with their environment variables,
/// SIGTERM/SIGINT turned into a graceful stop, the "listening on" line.
enum Launch {}
