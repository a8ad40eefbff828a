namespace NewsTracker.Data;

// Who opens the database: the web app holds many short connections, the command line a few long ones, and
// a provider may tune its connections for each.
public enum DatabaseHost
{
    WebApp,
    CommandLine,
}
