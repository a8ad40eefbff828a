using System.ComponentModel.DataAnnotations;
using NewsTracker.Core.Actors;

namespace NewsTracker.Web.Pages.Actors;

// The actor form: name, kind, current role and affiliation, and aliases one per line. The rules themselves
// (required name, one actor per alias...) are checked in Core; the lengths here only stop oversized posts.
public sealed class ActorForm
{
    public const int AliasesMaxLength = 100 * (ActorAlias.TextMaxLength + 2);

    [StringLength(Actor.NameMaxLength, ErrorMessage = "The name can be at most {1} characters.")]
    public string? Name { get; set; }

    public ActorKind Kind { get; set; } = ActorKind.Person;

    [StringLength(Actor.RoleMaxLength, ErrorMessage = "The role can be at most {1} characters.")]
    public string? Role { get; set; }

    [Display(Name = "Affiliated with")]
    [StringLength(Actor.NameMaxLength, ErrorMessage = "The affiliation can be at most {1} characters.")]
    public string? Affiliation { get; set; }

    [Display(Name = "Also written as")]
    [StringLength(AliasesMaxLength, ErrorMessage = "The alias list is too long: at most {1} characters.")]
    public string? Aliases { get; set; }

    public static ActorForm From(ActorEditView actor) => new()
    {
        Name = actor.Name,
        Kind = actor.Kind,
        Role = actor.Role,
        Affiliation = actor.Affiliation?.Slug,
        Aliases = string.Join('\n', actor.Aliases),
    };

    public ActorInput ToInput() => new(
        Name,
        Kind,
        Role,
        Affiliation,
        (Aliases ?? string.Empty).Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
