namespace NewsTracker.Cli.Generation;

// Invented people are built from these. First names are ones the extractor's name list knows, so "he"
// and "she" resolve as they would in real copy; surnames avoid every actor alias ("Wagner", "Jordan").
internal static class NamePools
{
    public static readonly string[] FemaleFirstNames = Split("""
        Anna Agnieszka Aino Alina Amina Astrid Beata Birgit Camille Carmen Chiara Claire Dalia Daria Elena Elif
        Emma Eva Fatima Francesca Frida Galina Giulia Greta Hanna Heike Helena Ines Ingrid Irina Iryna Jelena
        Joanna Julia Karin Kateryna Katja Kristina Laura Lea Leila Liis Lotte Magdalena Maria Marta Mette Milena
        Monika Nadia Natalia Nina Oksana Olena Olga Paula Petra Rasa Ruth Sabine Sandra Sanna Sara Signe Silvia
        Sophie Svetlana Tamara Yulia Zofia Marina Ewa Ilze Ieva Kaja Sigrid Renata Lucia Sylvie Victoria
        Zeynep Priya Mei Akiko Grace Rachel Sarah Helen Margaret Ursula Katarzyna Justyna Halyna Larysa Ekaterina
        """);

    public static readonly string[] MaleFirstNames = Split("""
        Aleksandr Anders Andrei Andriy Antoine Arnaud Bogdan Boris Bruno Carlos Christian Daniel David Denis
        Dmitry Dmytro Edgars Emre Erik Felix Florian Gabriel George Giorgi Gregory Hans Henry Igor Ilya Ivan
        Jakub James Jan Javier Jonas Juha Julien Karl Kemal Kirill Klaus Krzysztof Lars Laurent Luis Magnus
        Marco Marek Markus Martin Mateusz Matteo Mehmet Michael Mihai Mikhail Mikko Milan Nikolai Oleg
        Oleksandr Pavel Pawel Peter Piotr Rafael Robert Sergei Stefan Thomas Tomas Viktor Yuri Andrzej Bernard
        Hakan Burak Gustav Ibrahim Omar Hassan Kenji Hiroshi Pierre Philippe Simon Tobias Wojciech Zoltan
        Ferenc Istvan Vasyl Yaroslav Taras Oleksiy Roman
        """);

    public static readonly string[] Surnames = Split("""
        Novak Lindqvist Horvath Petrescu Kovacs Marchetti Duval Lefebvre Moreau Brandt Keller Hoffmann Richter
        Vogel Lehmann Jansen Visser Bakker Mertens Peeters Dubois Rossi Bianchi Ferrara Conti Moretti Romano
        Ortega Navarro Castillo Herrera Molina Pereira Almeida Sousa Nowicki Zielinski Wojcik Kaminski
        Lewandowski Dabrowski Mazur Krawczyk Kaczmarek Sokolov Volkov Morozov Orlov Belov Kuznetsov Popov
        Lebedev Kozlov Fedorov Bondarenko Shevchenko Kovalenko Tkachenko Kravchenko Melnyk Hrytsenko Marchenko
        Tamm Saar Kask Ozols Kalnins Berzins Kazlauskas Petrauskas Jankauskas Virtanen Korhonen Nieminen
        Makinen Lindberg Sandberg Holm Dahl Haugen Johansen Nilsen Larsen Nielsen Andersen Eriksson Nyberg
        Yilmaz Demir Kaya Celik Arslan Aydin Ozturk Papadopoulos Georgiou Nikolaidis Dimitrov Georgiev Stoica
        Popescu Ionescu Dumitru Szabo Toth Nagy Varga Dvorak Svoboda Novotny Cerny Horak Beridze Gelashvili
        Kapanadze Hakobyan Petrosyan Aliyev Mammadov Walsh Murphy Harper Whitfield Sutherland Prescott Caldwell
        Holloway Brennan Gallagher Lawson Ashworth Pemberton Okafor Mensah Diallo Traore Haddad Khoury Rahimi
        Karimi Tanaka Nakamura Sharma Mehta Iyer Fischer Weber Schneider Becker Schulz Kruger Hartmann Wolff
        Sorensen Bergstrom Aalto Halvorsen Strand Engel Maier Huber Gruber Kern Roth Frey Meyer Pohl Winter
        """);

    // Invented think tanks and universities for analysts, who are named with an appositive, not a title.
    public static readonly string[] Institutes = Split("""
        Vilnius Institute for Strategic Studies|Centre for Eastern Security|Danube Policy Institute|Nordic Energy Forum|
        Black Sea Research Centre|Institute for Energy Markets|Geneva Centre for Conflict Studies|Carpathian Policy Institute|
        Baltic Defence Research Group|Helsinki Centre for Arms Control|Institute for Sanctions Research|Adriatic Security Forum|
        Tallinn School of Government|Lisbon Centre for Maritime Affairs|Rhine Institute of International Affairs|Aegean Policy Forum
        """, '|');

    private static string[] Split(string text, char separator = ' ') =>
        text.Split([separator, '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0)
            .ToArray();
}
