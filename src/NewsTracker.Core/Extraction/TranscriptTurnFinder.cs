using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Extraction;

// Transcripts and Q&As: paragraphs that open with a speaker label in capitals ("MR. SMITH:", "JANE DOE,
// ANCHOR:", "Q:", "A:") are turns, each one direct quote of the labelled person. The label is resolved like
// any speaker phrase ("DOE" is the Jane Doe of the introduction); "A:" is the person the introduction
// names; "Q:" and "UNIDENTIFIED MALE:" name nobody. Stage directions ("(Laughter.)", "[crosstalk]") are
// left out. Reads only the document and the people it mentions; the caller drops what lies inside a turn.
internal static partial class TranscriptTurnFinder
{
    public const string Rule = "transcript-turn";

    // A transcript has several turns by more than one label; fewer is a liveblog's "UPDATE:" or a list.
    private const int MinTurns = 3;
    // "IVO BRAND, FREEDONIAN DEFENCE MINISTER (through interpreter):" is 60; "…, DEPUTY MINISTER OF PORTS AND COASTAL
    // SHIPPING, FREEDONIA (through interpreter):" nearer 100.
    private const int MaxLabelChars = 120;
    // "PENTAGON PRESS SECRETARY ANN HOLT": titles before the name count too.
    private const int MaxNameWords = 5;

    private static readonly WordSet Honorifics = new(TitleLexicon.Honorifics);

    private static readonly WordSet RoleLinks = new("is was the our your their its today tonight");

    // Asker: a questioner's label that names an outlet ("Reuters:", "Global Times:") in a briefing whose answers carry
    // the spokesperson's name; it names nobody.
    private readonly record struct Label(
        int ParagraphIndex, int Start, int End, int TurnStart, string Key, string Words, bool TitleCase = false, bool Asker = false, bool Member = false);

    // A briefing's labels in title case ("Harbour Master:", "Question:"): one to three capitalised words.
    private const int MaxTitleCaseWords = 3;

    public static List<QuoteCandidate> Find(ArticleAnalysis a)
    {
        var labels = new List<Label>();
        var paragraphs = a.Document.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (Read(a.Text, paragraphs[p], p) is { } label)
            {
                labels.Add(label);
            }
        }

        // Labels in title case are read only where one of them is a questioner's ("Question:", "Correspondent:"): a
        // briefing, not a list of "Pros:" and "Cons:".
        // A member's label in the parliamentary record ("Hon. Ada Quist (…):") needs no questioner to be one.
        if (labels.Any(l => l.TitleCase && !l.Member) && !labels.Any(l => l.TitleCase && TranscriptLabels.Nobody.Contains(FirstWord(l.Words))))
        {
            ReadNamedBriefing(a, labels);
        }

        if (labels.Count < MinTurns || labels.Select(l => l.Key).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return [];
        }

        var interviewee = Interviewee(a, a.Document.TokenIndexAt(labels[0].Start));
        var turns = new List<QuoteCandidate>(labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            var parts = new List<TextRange>();
            AddSpoken(a.Text, label.TurnStart, paragraphs[label.ParagraphIndex].End, parts);

            // A long answer runs on over unlabelled paragraphs up to the next label.
            var nextParagraph = i + 1 < labels.Count ? labels[i + 1].ParagraphIndex : label.ParagraphIndex + 1;
            for (var p = label.ParagraphIndex + 1; p < nextParagraph; p++)
            {
                AddSpoken(a.Text, paragraphs[p].Start, paragraphs[p].End, parts);
            }

            if (parts.Count == 0)
            {
                continue;
            }

            var position = a.Document.TokenIndexAt(label.Start);
            turns.Add(new QuoteCandidate(QuoteKind.Direct, parts, position)
            {
                Attribution = new Attribution(Phrase(a, label, position, interviewee), Rule, position),
            });
        }

        return turns;
    }

    // A briefing whose answers are labelled with the spokesperson's name in title case ("Lena Marsh:", "Marsh:") and whose
    // questions with the asking outlet ("Harbour Radio:"): read when a label that is the name of a person the article
    // names opens at least MinTurns paragraphs and other labels come between them; labels that name no person (and a
    // one-word label in capitals that is no surname here, "AFP:") are then askers. Otherwise title-case labels are dropped, as a list's "Pros:" and "Cons:" are.
    private static void ReadNamedBriefing(ArticleAnalysis a, List<Label> labels)
    {
        var people = labels
            .Where(l => l.TitleCase && LabelsPerson(a, l.Words))
            .Select(l => l.Key)
            .ToHashSet(StringComparer.Ordinal);
        var answers = labels.Count(l => people.Contains(l.Key));
        var others = labels.Count(l => !people.Contains(l.Key));
        // A briefing where the askers give their names too ("Ada Quist, Harbour Radio:"): every label is a person, and
        // two of them at least open on a first name ("Good Points:" and "Weak Points:" are a list's, however often).
        var allNamed = others == 0
            && labels.Where(l => FirstNames.Of(FirstWord(l.Words)) != Gender.Unknown).Select(l => l.Key).Distinct(StringComparer.Ordinal).Count() >= 2;
        if (answers < MinTurns || (others < MinTurns - 1 && !allNamed))
        {
            labels.RemoveAll(l => l.TitleCase && !l.Member);
            return;
        }

        for (var i = 0; i < labels.Count; i++)
        {
            if (!people.Contains(labels[i].Key) && (labels[i].TitleCase || Outlet(a, labels[i].Words)))
            {
                labels[i] = labels[i] with { Asker = true };
            }
        }
    }

    // "NHK:", "ABC:" among the askers: one word in capitals that is no surname the article gives.
    private static bool Outlet(ArticleAnalysis a, string words) =>
        !words.Contains(' ', StringComparison.Ordinal) && a.People.FindSurname(TitleCase(words.TrimEnd('.'))).Count == 0;

    // "Ada Quist", "Quist" (the surname of the one person the article gives it), "Deputy Minister Quist", "Col. Ivo Brand"
    // (a label's outlet or post after a comma is already cut off).
    private static bool LabelsPerson(ArticleAnalysis a, string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < parts.Length - 1 && (Lexicon.TitleWords.Contains(parts[first]) || TitleLexicon.FullForm(parts[first].TrimEnd('.')) is not null))
        {
            first++;
        }

        return first == parts.Length - 1 ? a.People.FindSurname(parts[first]).Count == 1 : NamesPerson(a, string.Join(' ', parts[first..]));
    }

    private static bool NamesPerson(ArticleAnalysis a, string words)
    {
        foreach (var person in a.People.People)
        {
            if (person.Confirmed && string.Equals(person.Name, words, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "MR. SMITH: Good afternoon…" → the label's words and where the turn starts; null when the
    // paragraph does not open with a label in capitals.
    private static Label? Read(string text, TextRange paragraph, int index)
    {
        if (BareQuestion(text, paragraph, index) is { } question)
        {
            return question;
        }

        // "[CLIP] CAPTAIN BRANDT:", "(VIDEO) ANCHOR:", "[00:41] ANCHOR:": a bracketed production tag or timestamp before the
        // label is no part of it.
        var tag = ProductionTagLength(text, paragraph);
        if (tag > 0)
        {
            return Read(text, new TextRange(paragraph.Start + tag, paragraph.End), index);
        }

        // Hansard's "Hon GRANT MARSH (Minister of Defence):", "Rt Hon ADA QUIST:": a courtesy title in title case before the
        // name in capitals is no part of the label.
        var courtesy = CourtesyLength(text, paragraph);
        if (courtesy > 0)
        {
            return Read(text, new TextRange(paragraph.Start + courtesy, paragraph.End), index);
        }

        var limit = Math.Min(paragraph.End, paragraph.Start + MaxLabelChars);
        var colon = text.IndexOf(':', paragraph.Start, limit - paragraph.Start);
        if (colon <= paragraph.Start || colon + 1 >= paragraph.End || !char.IsWhiteSpace(text[colon + 1]))
        {
            return null;
        }

        // "JANE DOE, MAYOR (through interpreter)": the name is before the comma and the
        // parenthesis; the stage direction may be in lower case.
        var nameEnd = colon;
        var paren = text.IndexOf('(', paragraph.Start, colon - paragraph.Start);
        if (paren >= 0)
        {
            if (text.IndexOf(')', paren, colon - paren) < 0)
            {
                return null;
            }

            nameEnd = paren;
        }

        var words = LabelWords(text, paragraph.Start, colon, paren >= 0 ? paren : colon, out var comma);
        if (words is null)
        {
            return TitleCaseLabel(text, paragraph, index, colon);
        }

        if (comma >= 0)
        {
            nameEnd = comma;
        }

        var name = text[paragraph.Start..nameEnd].Trim();
        var first = FirstWord(name);
        if (first.Length == 0 || TranscriptLabels.NotLabels.Contains(first) || TranscriptLabels.NotLabels.Contains(name) || IsHeading(name))
        {
            return null;
        }

        var turnStart = colon + 1;
        while (turnStart < paragraph.End && char.IsWhiteSpace(text[turnStart]))
        {
            turnStart++;
        }

        return new Label(index, paragraph.Start, colon, turnStart, name.ToUpperInvariant(), name);
    }

    // "QUOTE OF THE DAY:", "NORDIC CORNER:": a newsletter's section heading names nobody ("THE PRESIDENT:" does).
    private static bool IsHeading(string label)
    {
        var heading = false;
        foreach (var word in label.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Lexicon.TitleWords.Contains(word) || Lexicon.RoleNouns.Contains(word))
            {
                return false;
            }

            heading |= TranscriptLabels.Headings.Contains(word);
        }

        return heading;
    }

    // "Harbour Master: The berths are clear…", "Question: Will the ferries…": one to three words, each capitalised, no stage
    // direction or comma; FirstWord must be no lead-in ("Update:").
    private static Label? TitleCaseLabel(string text, TextRange paragraph, int index, int colon)
    {
        var name = text[paragraph.Start..colon];
        var member = false;

        // Parliament's record: "Mr. Ivo Lund (Nordvik East, Lib.):", "Hon. Ada Quist:": after a courtesy title, the name in
        // title case, with the seat and party in brackets.
        if (Courtesies.FirstOrDefault(c => name.StartsWith(c, StringComparison.Ordinal)) is { } courtesy)
        {
            var paren = name.IndexOf('(', StringComparison.Ordinal);
            name = (paren > 0 && name.TrimEnd().EndsWith(')') ? name[..paren] : name)[courtesy.Length..].Trim();
            if (name.Length == 0 || name.Contains('(', StringComparison.Ordinal))
            {
                return null;
            }

            member = true;
        }
        // "Ada Quist, Harbour Radio:", "Col. Ivo Brand, spokesman:": the asker's outlet or the speaker's post after a comma;
        // a title may stand before the name ("Deputy Minister Ivo Brand:") and a rank be shortened ("Col.").
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        var words = (comma > 0 ? name[..comma] : name).Split(' ');
        var after = comma > 0 ? name[(comma + 2)..].Split(' ') : [];
        if (words.Length > (comma > 0 || words.Length > 1 && Lexicon.TitleWords.Contains(words[0]) ? MaxNamedWords : MaxTitleCaseWords)
            || after.Length > MaxTitleCaseWords || TranscriptLabels.NotLabels.Contains(FirstWord(name))
            || !words.Select((w, i) => i == 0 && w.EndsWith('.') && w.Length > 2 ? w[..^1] : w).All(IsTitleCaseWord)
            || !after.All(w => w.Length > 0 && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')))
        {
            return null;
        }

        name = comma > 0 ? name[..comma] : name;
        var turnStart = colon + 1;
        while (turnStart < paragraph.End && char.IsWhiteSpace(text[turnStart]))
        {
            turnStart++;
        }

        return new Label(index, paragraph.Start, colon, turnStart, name.ToUpperInvariant(), name, TitleCase: true, Member: member);
    }

    private static bool IsTitleCaseWord(string w) => w.Length > 0 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’');

    // "Deputy Minister Ivo Brand", "Col. Ivo Brand": a title and a full name.
    private const int MaxNamedWords = 4;

    private static readonly string[] Courtesies = ["Rt Hon. ", "Rt Hon ", "Right Hon. ", "Hon. ", "Hon ", "Dr. ", "Dr ", "Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ", "Ms ", "Sir ", "Dame "];

    // The length of a title-case courtesy title ("Hon ") opening a label whose name follows in capitals; 0 when there is none.
    private static int CourtesyLength(string text, TextRange paragraph)
    {
        foreach (var courtesy in Courtesies)
        {
            var after = paragraph.Start + courtesy.Length;
            if (after + 1 < paragraph.End && string.CompareOrdinal(text, paragraph.Start, courtesy, 0, courtesy.Length) == 0
                && char.IsUpper(text[after]) && char.IsUpper(text[after + 1]))
            {
                return courtesy.Length;
            }
        }

        return 0;
    }

    // The length of "[CLIP] ", "(CLIP) " or a timestamp "[00:41] " at the paragraph's start (capitals or a time in
    // brackets, then spaces); 0 when there is none.
    private static int ProductionTagLength(string text, TextRange paragraph)
    {
        if (paragraph.Length < 4 || text[paragraph.Start] is not ('[' or '('))
        {
            return 0;
        }

        var close = text.IndexOf(text[paragraph.Start] == '[' ? ']' : ')', paragraph.Start, Math.Min(paragraph.Length, 24));
        if (close < 0 || close == paragraph.Start + 1)
        {
            return 0;
        }

        for (var i = paragraph.Start + 1; i < close; i++)
        {
            if (!(char.IsUpper(text[i]) || char.IsAsciiDigit(text[i]) || text[i] is ' ' or '-' or ':' or '.'))
            {
                return 0;
            }
        }

        var after = close + 1;
        while (after < paragraph.End && text[after] == ' ')
        {
            after++;
        }

        return after < paragraph.End && after > close + 1 ? after - paragraph.Start : 0;
    }

    // White House style: "Q    Will the ferries run on Sunday?" — the question label without a colon, set off by spaces.
    private static Label? BareQuestion(string text, TextRange paragraph, int index)
    {
        var start = paragraph.Start;
        if (paragraph.Length < 4 || text[start] != 'Q' || !char.IsWhiteSpace(text[start + 1]))
        {
            return null;
        }

        var turnStart = start + 1;
        while (turnStart < paragraph.End && char.IsWhiteSpace(text[turnStart]))
        {
            turnStart++;
        }

        return turnStart < paragraph.End && (char.IsUpper(text[turnStart]) || QuoteMarks.IsMark(text[turnStart]))
            ? new Label(index, start, start + 1, turnStart, "Q", "Q")
            : null;
    }

    // Every letter of the label (outside its parenthesis) is a capital, and the name part has one to four words.
    private static string? LabelWords(string text, int start, int colon, int nameEnd, out int comma)
    {
        comma = -1;
        var words = 0;
        var inWord = false;
        var letters = 0;
        for (var i = start; i < colon; i++)
        {
            var c = text[i];
            if (i >= nameEnd && i < colon)
            {
                if (c == ')')
                {
                    // Only spaces may follow the closing parenthesis before the colon.
                    for (var k = i + 1; k < colon; k++)
                    {
                        if (!char.IsWhiteSpace(text[k]))
                        {
                            return null;
                        }
                    }

                    break;
                }

                continue;
            }

            if (char.IsLetter(c))
            {
                // "VADIM ORLOV, Harbour Gas (through interpreter)": what describes the name after its comma may be in title case.
                if (char.IsLower(c) && !(comma >= 0 && (inWord || DescriptionLinks.Contains(WordAt(text, i, colon)))))
                {
                    return null;
                }

                letters++;
                if (!inWord && comma < 0)
                {
                    words++;
                }

                inWord = true;
            }
            else if (c == ',')
            {
                // "YUE XIAOLIN, SPOKESPERSON, FOREIGN MINISTRY": the name ends at the first comma; what follows describes.
                if (comma < 0)
                {
                    comma = i;
                }

                inWord = false;
            }
            else if (c is ' ')
            {
                inWord = false;
            }
            else if (c is not ('.' or '-' or '\'' or '’'))
            {
                return null;
            }
        }

        return letters == 0 || words is 0 or > MaxNameWords ? null : text[start..colon];
    }

    private static readonly WordSet DescriptionLinks = new("of for and the at on in to", indexed: false);

    private static string WordAt(string text, int start, int limit)
    {
        var end = start;
        while (end < limit && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static string FirstWord(string name)
    {
        var word = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return word.TrimEnd('.', ',').ToLowerInvariant();
    }

    // The speaker phrase a label stands for: a name in title case without its honorific, the interviewee for
    // "A:", nobody for "Q:" and unnamed voices.
    private static SpeakerPhrase Phrase(ArticleAnalysis a, Label label, int position, string? interviewee)
    {
        var words = label.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var gender = Gender.Unknown;
        if (words.Count > 1 && Honorifics.Contains(words[0].TrimEnd('.')))
        {
            gender = Lexicon.FemaleCues.Contains(words[0].TrimEnd('.')) ? Gender.Female
                : Lexicon.MaleCues.Contains(words[0].TrimEnd('.')) ? Gender.Male : Gender.Unknown;
            words.RemoveAt(0);
        }

        // "SENATOR JONES:", "SECRETARY BLINKEN:": the title is the role, the rest the name.
        var titles = new List<string>();
        while (words.Count > 1 && Lexicon.TitleWords.Contains(words[0].TrimEnd('.')))
        {
            titles.Add(TitleCase(words[0]));
            words.RemoveAt(0);
        }

        var first = words[0].TrimEnd('.').ToLowerInvariant();
        var end = a.Document.TokenIndexAt(label.End);
        string? name = null;
        if (label.Asker)
        {
            name = null;
        }
        else if (TranscriptLabels.Interviewee.Contains(first))
        {
            name = interviewee;
        }
        else if (Lexicon.TitleWords.Contains(words[^1].TrimEnd('.')) && TitledInText(a, words, position) is { } holder)
        {
            name = holder;
        }
        else if (label.TitleCase && TitledAfterName(a, words, position) is { } described)
        {
            name = described;
        }
        else if (!label.TitleCase && IsOfficeLabel(a, words)
            && OfficeApposedToName(a, label.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries), position) is { } officeHolder)
        {
            name = officeHolder;
        }
        else if (words.Count == 1 && RoleHolder(a, words[0].TrimEnd('.'), position) is { } roleHolder)
        {
            name = roleHolder;
        }
        else if (words.Count == 1 && (Initialled(a, words[0], position) ?? (IsInitials(words[0]) ? TitleInitialled(a, words[0], position) : null)) is { } initialled)
        {
            name = initialled;
        }
        else if (label.TitleCase && !TranscriptLabels.Nobody.Contains(first))
        {
            // A title-case label is a role unless it reads as a name: a first name and a surname, or the surname of the
            // one person the text gives it ("Lindqvist:").
            name = words.Count > 1 && (FirstNames.Of(words[0]) != Gender.Unknown || NamesPerson(a, label.Words)) ? string.Join(' ', words)
                : words.Count == 1 && a.People.FindSurname(words[0]) is [{ } only] ? only.Name
                : null;
        }
        else if (ApposedToLabel(a, label.Words, position) is { } apposed)
        {
            name = apposed;
        }
        else if (NamedAtLabelEnd(a, words) is { } ending)
        {
            name = ending;
        }
        else if (!TranscriptLabels.Nobody.Contains(first) && !(words.Count == 1 && Lexicon.RoleNouns.Contains(first))
            && !(words.Count == 1 && IsInitials(words[0]) && a.People.FindSurname(TitleCase(words[0])).Count == 0 && !WrittenAsWord(a, words[0]))
            && !IsOfficeOnly(words) && !IsPaperLabel(words) && !IsOfficeLabel(a, words) && !IsVoxPopLabel(words))
        {
            name = string.Join(' ', words.Select(TitleCase));
        }

        // "QUESTION QUIST:": the record names the asker after the word for a question, by a surname the text gives one person.
        if (name is null && words.Count == 2 && TranscriptLabels.Nobody.Contains(first) && a.People.FindSurname(TitleCase(words[1])) is [{ } asker])
        {
            name = asker.Name;
        }

        // "Q: Hi, it's Ada Quist with Harbour Radio": an asker who names themselves.
        if (name is null && (label.Asker || TranscriptLabels.Nobody.Contains(first)))
        {
            name = SelfIntroduced(a, label.TurnStart);
        }

        return name is null
            ? new SpeakerPhrase { StartToken = position, EndToken = end, AsWritten = label.Words, Form = SpeakerForm.Anonymous, IsIndefinite = true }
            : new SpeakerPhrase
            {
                StartToken = position,
                EndToken = end,
                AsWritten = label.Words,
                Form = SpeakerForm.Name,
                Name = name,
                Gender = gender,
                Role = titles.Count > 0 ? string.Join(' ', titles) : null,
            };
    }

    // "KN:" after "Presenter Katarzyna Nowicka spoke to …": a label of two or three capitals stands for the one person
    // named before it whose initials they are (of every word of the name, or of the first and the last).
    private static string? Initialled(ArticleAnalysis a, string label, int position)
    {
        if (!IsInitials(label))
        {
            return null;
        }

        string? found = null;
        foreach (var person in a.People.People)
        {
            var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToList();
            var all = string.Concat(words.Select(w => char.ToUpperInvariant(Sieves.SurnameVariantSieve.Fold(w[..1])[0])));
            var outer = words.Count > 2 ? $"{all[0]}{all[^1]}" : all;
            if ((all == label || outer == label) && a.People.FirstMention(person) < position)
            {
                if (found is not null && found != person.Name)
                {
                    return null;
                }

                found = person.Name;
            }
        }

        return found;
    }

    // "PS:" after "… spoke to the Permanent Secretary for Ports, Ada Quist": the initials of a title written
    // before the label, its capitalised words ending in a title word, stand for the person the text names right after it
    // in the same sentence.
    private static string? TitleInitialled(ArticleAnalysis a, string label, int position)
    {
        var text = a.Text;
        var tokens = a.Tokens;
        for (var k = 0; k + label.Length <= position; k++)
        {
            var end = k + label.Length;
            var matches = true;
            for (var i = 0; i < label.Length && matches; i++)
            {
                matches = tokens[k + i].IsCapitalized(text) && char.ToUpperInvariant(text[tokens[k + i].Start]) == label[i];
            }

            if (!matches || !Lexicon.TitleWords.Contains(text, tokens[end - 1]) || (k > 0 && tokens[k - 1].IsCapitalized(text)))
            {
                continue;
            }

            foreach (var mention in a.People.Mentions)
            {
                if (mention.TokenIndex >= end && mention.Sentence == a.SentenceOf(k) && mention.TokenIndex < position)
                {
                    return mention.Person.Name;
                }
            }
        }

        return null;
    }

    // Initials name nobody the article does not name ("KN:" is no person "Kn"); "LI:" for Li Wei is a surname.
    private static bool IsInitials(string label) => label.Length is 2 or 3 && label.All(char.IsAsciiLetterUpper);

    // "MINISTER:" after "Freedonia's Minister for Ports, Ida Holm", "HOST:" after "The host is Jon Berg" or
    // "Jon Berg, our host,": a one-word role label stands for the one person the introduction gives that role.
    private static string? RoleHolder(ArticleAnalysis a, string role, int label)
    {
        string? holder = null;
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex >= label)
            {
                break;
            }

            // "PRESENTER:" after "Host Ada Quist is joined by …": a word for the post the text gave in other words.
            if (mention.Person.HasRoleWord(role) || TitleLexicon.StandsFor(role, mention.Person.Role))
            {
                if (holder is not null && holder != mention.Person.Name)
                {
                    return null;
                }

                holder = mention.Person.Name;
            }
        }

        return holder ?? NamedWithRole(a, role, label);
    }

    private static string? NamedWithRole(ArticleAnalysis a, string role, int label)
    {
        var mentions = a.People.Mentions;
        var done = RoleVerb(role);
        for (var t = 0; t < label; t++)
        {
            if (t + 1 < label && a.Tokens[t].Is(a.Text, done) && a.Tokens[t + 1].Is(a.Text, "by"))
            {
                // "The session was moderated by the ministry's press chief, Jon Berg": the first person named after "by".
                foreach (var mention in mentions)
                {
                    if (mention.TokenIndex > t + 1 && mention.TokenIndex < label && a.SentenceOf(mention.TokenIndex) == a.SentenceOf(t))
                    {
                        return mention.Person.Name;
                    }
                }
            }

            // "Spokeswoman Ada Varga, Jon Berg …" for "VARGA:": a person's surname is no role.
            if (!a.Tokens[t].Is(a.Text, role) || a.People.FindSurname(a.Tokens[t].Span(a.Text)).Count > 0)
            {
                continue;
            }

            // "The host is Jon Berg", "hosted by … the presenter, Jon Berg": the name a few words after the role.
            var next = t + 1;
            while (next < label && next - t <= 3 && (RoleLinks.Contains(a.Text, a.Tokens[next]) || a.Tokens[next].Is(a.Text, ',')))
            {
                next++;
            }

            foreach (var mention in mentions)
            {
                if (mention.TokenIndex == next)
                {
                    return mention.Person.Name;
                }

                // "Jon Berg, our host,": the name before the comma that opens the role's apposition.
                if (t >= 3 && a.Tokens[t - 2].Is(a.Text, ',') && RoleLinks.Contains(a.Text, a.Tokens[t - 1]) && mention.TokenIndex < t - 2
                    && mention.TokenIndex >= t - 8 && a.SentenceOf(mention.TokenIndex) == a.SentenceOf(t))
                {
                    return mention.Person.Name;
                }
            }
        }

        return null;
    }

    // The verb that gives the role: "MODERATOR" → "moderated", "PRESENTER" → "presented", "HOST" → "hosted".
    private static string RoleVerb(string role)
    {
        var lower = role.ToLowerInvariant();
        return (lower.EndsWith("or", StringComparison.Ordinal) || lower.EndsWith("er", StringComparison.Ordinal) ? lower[..^2] : lower) + "ed";
    }

    // "O'BRIEN-SMITH" → "O'Brien-Smith": a capital after a hyphen or an apostrophe, as names write it.
    private static string TitleCase(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or '\'' or '’' or '.')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    // "A:" is the person the introduction names first: "Energy Minister Jan Novak spoke to us in Brno."
    private static string? Interviewee(ArticleAnalysis a, int firstLabel)
    {
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex >= firstLabel)
            {
                break;
            }

            if (mention.TokenIndex >= 0 && mention.Person.Confirmed)
            {
                return mention.Person.Name;
            }
        }

        return null;
    }

    // The spoken words of a turn, without stage directions: "(Laughter.)" and "[crosstalk]" split a turn and
    // are dropped, and so is a paragraph that is only a direction or a time code.
    private static void AddSpoken(string text, int start, int end, List<TextRange> parts)
    {
        var from = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is '[' or '(')
            {
                var close = text.IndexOf(c == '[' ? ']' : ')', i, end - i);
                if (close < 0)
                {
                    break;
                }

                if (c == '[' || IsDirection(text, i, close, start, end))
                {
                    AddPart(text, from, i, parts);
                    from = close + 1;
                }

                i = close + 1;
                continue;
            }

            i++;
        }

        AddPart(text, from, end, parts);
    }

    // "(Laughter.)", "(inaudible)": a parenthesis opening or closing the turn, or one that is a sentence of its own.
    private static bool IsDirection(string text, int open, int close, int start, int end)
    {
        var atEdge = text.AsSpan(start, open - start).IsWhiteSpace() || text.AsSpan(close + 1, end - close - 1).IsWhiteSpace();
        return atEdge || (close > open + 1 && text[close - 1] is '.' or '!' or '?');
    }

    private static void AddPart(string text, int start, int end, List<TextRange> parts)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var hasLetter = false;
        for (var k = start; k < end && !hasLetter; k++)
        {
            hasLetter = char.IsLetter(text[k]);
        }

        if (hasLetter)
        {
            parts.Add(new TextRange(start, end));
        }
    }
}
