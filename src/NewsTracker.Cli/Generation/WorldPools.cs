namespace NewsTracker.Cli.Generation;

internal sealed record Country(string Name, string Adjective, string Capital);

// Places and calendar words. Every country, capital and adjective here is a name or alias in the reference
// actors, so quotes that mention them get tagged with real actors.
internal static class WorldPools
{
    public static readonly Country[] Countries =
    [
        new("Russia", "Russian", "Moscow"), new("Ukraine", "Ukrainian", "Kyiv"), new("Poland", "Polish", "Warsaw"),
        new("Germany", "German", "Berlin"), new("France", "French", "Paris"), new("Britain", "British", "London"),
        new("Turkey", "Turkish", "Ankara"), new("Finland", "Finnish", "Helsinki"), new("Sweden", "Swedish", "Stockholm"),
        new("Norway", "Norwegian", "Oslo"), new("Denmark", "Danish", "Copenhagen"), new("Estonia", "Estonian", "Tallinn"),
        new("Latvia", "Latvian", "Riga"), new("Lithuania", "Lithuanian", "Vilnius"), new("Romania", "Romanian", "Bucharest"),
        new("Moldova", "Moldovan", "Chisinau"), new("Georgia", "Georgian", "Tbilisi"), new("Hungary", "Hungarian", "Budapest"),
        new("Slovakia", "Slovak", "Bratislava"), new("the Czech Republic", "Czech", "Prague"), new("Bulgaria", "Bulgarian", "Sofia"),
        new("Greece", "Greek", "Athens"), new("Italy", "Italian", "Rome"), new("Spain", "Spanish", "Madrid"),
        new("the Netherlands", "Dutch", "The Hague"), new("Austria", "Austrian", "Vienna"), new("China", "Chinese", "Beijing"),
        new("Japan", "Japanese", "Tokyo"), new("the United States", "U.S.", "Washington"), new("Canada", "Canadian", "Ottawa"),
        new("Belarus", "Belarusian", "Minsk"), new("Serbia", "Serbian", "Belgrade"), new("Azerbaijan", "Azerbaijani", "Baku"),
        new("Armenia", "Armenian", "Yerevan"), new("Kazakhstan", "Kazakh", "Astana"), new("Qatar", "Qatari", "Doha"),
        new("India", "Indian", "New Delhi"), new("Israel", "Israeli", "Jerusalem"), new("Iran", "Iranian", "Tehran"),
        new("Saudi Arabia", "Saudi", "Riyadh"),
    ];

    // Organisations as they stand before a title ("NATO Deputy Secretary-General") or as a subject.
    public static readonly string[] Organisations = ["NATO", "the EU", "the UN", "the IAEA", "OPEC", "the OSCE", "the IMF", "the G7", "the World Bank"];

    public static readonly string[] Regions =
    [
        "the Baltic region", "the Black Sea region", "eastern Europe", "the Nordic countries", "the Western Balkans",
        "the South Caucasus", "the High North", "central Europe", "the Mediterranean", "the eastern flank",
    ];

    public static readonly string[] Seas = ["Baltic Sea", "Black Sea", "North Sea", "Mediterranean", "Sea of Azov", "Caspian Sea"];

    public static readonly string[] Cities =
    [
        "Geneva", "Brussels", "Istanbul", "Munich", "Gdansk", "Odesa", "Kharkiv", "Narva", "Constanta", "Rzeszow", "Vienna",
        "Helsinki", "Vilnius", "Warsaw", "Berlin", "Paris", "London", "Ankara", "Riga", "Tallinn", "Bucharest", "Prague",
        "Madrid", "Rome", "Oslo", "Stockholm", "Copenhagen", "Budapest", "Tbilisi", "Chisinau", "Doha", "Washington",
    ];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
}
