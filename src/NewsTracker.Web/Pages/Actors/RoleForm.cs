using System.ComponentModel.DataAnnotations;
using NewsTracker.Core.Actors;

namespace NewsTracker.Web.Pages.Actors;

// A post the actor held: title, who for, and the dates when known.
public sealed class RoleForm
{
    [StringLength(ActorRole.TitleMaxLength, ErrorMessage = "The title can be at most {1} characters.")]
    public string? Title { get; set; }

    [Display(Name = "For")]
    [StringLength(Actor.NameMaxLength, ErrorMessage = "The affiliation can be at most {1} characters.")]
    public string? Affiliation { get; set; }

    [DataType(DataType.Date)]
    public DateOnly? From { get; set; }

    [DataType(DataType.Date)]
    public DateOnly? To { get; set; }

    public ActorRoleInput ToInput() => new(Title, Affiliation, From, To);
}
