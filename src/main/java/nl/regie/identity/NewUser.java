package nl.regie.identity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a functional administrator enters to create an account. */
public record NewUser(
        @NotBlank(message = "Gebruikersnaam is verplicht.")
        @Pattern(regexp = "[a-z0-9._-]{3,50}", message = "Gebruikersnaam: 3 tot 50 kleine letters, cijfers, punt, streepje of liggend streepje.")
        String username,
        @NotBlank(message = "Naam is verplicht.")
        @Size(max = 100, message = "Naam is maximaal 100 tekens.")
        String displayName,
        @NotNull(message = "Kies een rol.") Role role,
        String municipalityCode,
        @Size(max = 100, message = "Organisatie is maximaal 100 tekens.") String organisation,
        @NotBlank(message = "Wachtwoord is verplicht.")
        @Size(min = 12, max = 100, message = "Een wachtwoord heeft minstens 12 tekens.")
        String password) {

    @AssertTrue(message = "Kies de gemeente waarvoor deze gebruiker werkt.")
    public boolean isMunicipalityGivenWhenRoleNeedsIt() {
        return role == null || !role.needsMunicipality() || (municipalityCode != null && !municipalityCode.isBlank());
    }

    @AssertTrue(message = "Vul de organisatie van de ketenpartner in.")
    public boolean isOrganisationGivenForChainPartner() {
        return role != Role.CHAIN_PARTNER || (organisation != null && !organisation.isBlank());
    }
}
