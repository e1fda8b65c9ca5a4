package nl.regie.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.HouseholdMember.Relationship;
import nl.regie.rules.TargetGroup;

/**
 * The huishouden of a newcomer as read for the household page: the members with their own dossiers where linked,
 * this newcomer's income situation and every child's childcare. Each newcomer keeps their own dossier and
 * trajectory; the household view only puts them side by side (seed 000 par. 7.2).
 *
 * @param income the current income situation, or {@code null} when none was recorded
 * @param incomeHistory every recorded situation, newest first
 */
public record Household(Dossier dossier, IncomeSituation income, List<IncomeSituation> incomeHistory, List<Member> members) {

    public List<Member> partners() {
        return members.stream().filter(m -> m.relationship() == Relationship.PARTNER).toList();
    }

    public List<Member> children() {
        return members.stream().filter(m -> m.relationship() == Relationship.CHILD).toList();
    }

    public List<Member> others() {
        return members.stream().filter(m -> m.relationship() == Relationship.OTHER).toList();
    }

    /** Partners first, then children, then others. */
    public List<Member> inOrder() {
        return java.util.stream.Stream.of(partners(), children(), others()).flatMap(List::stream).toList();
    }

    /** Whether this newcomer is niet-uitkeringsgerechtigd now. */
    public boolean nug() {
        return income != null && income.nug();
    }

    /** The partner, when their own dossier is linked and readable. */
    public Optional<Member> linkedPartner() {
        return partners().stream().filter(m -> m.linked() != null).findFirst();
    }

    /** Linked members who are NUG themselves: shown with the same notice, so nobody in the household is missed. */
    public List<Member> nugMembers() {
        return members.stream().filter(m -> m.linked() != null && m.linked().nug()).toList();
    }

    /** Members that can still be linked to their own dossier. */
    public List<Member> unlinked() {
        return members.stream().filter(m -> m.linkedDossierId() == null).toList();
    }

    public long childrenWithUnarrangedCare() {
        return children().stream().filter(m -> m.childcare() != null && m.childcare().unarranged()).count();
    }

    /**
     * One member of the household.
     *
     * @param age whole years today, or {@code null} without a birth date
     * @param linkedDossierId the member's own dossier in the same municipality, when linked
     * @param linked that dossier as the user may see it, or {@code null} when not linked
     * @param childcare for a child: the last recorded childcare, or {@code null}
     */
    public record Member(long id, Relationship relationship, String name, LocalDate birthDate, Integer age,
                         UUID linkedDossierId, LinkedDossier linked, Childcare childcare) {

        public boolean child() {
            return relationship == Relationship.CHILD;
        }

        /** "Kind: Amira (3 jaar)". */
        public String label() {
            return relationship.dutch() + ": " + name + (age == null ? "" : " (" + age + " jaar)");
        }
    }

    /** A household member's own dossier: their own state, target group, consultant and income situation. */
    public record LinkedDossier(UUID id, String fullName, DossierState state, TargetGroup targetGroup,
                                String consultantName, IncomeSituation income) {

        public boolean nug() {
            return income != null && income.nug();
        }
    }
}
