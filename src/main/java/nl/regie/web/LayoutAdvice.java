package nl.regie.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.regie.identity.RegieUser;
import nl.regie.identity.Users;
import nl.regie.municipality.Municipalities;
import nl.regie.municipality.Municipality;
import nl.regie.shared.DateView;

/** What every screen's header needs: who is signed in, in which role and municipality. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final Users users;
    private final Municipalities municipalities;

    LayoutAdvice(Users users, Municipalities municipalities) {
        this.users = users;
        this.municipalities = municipalities;
    }

    @ModelAttribute("me")
    RegieUser me(Principal principal, jakarta.servlet.http.HttpServletRequest request) {
        // @RestControllers are @Controllers too; the API needs no page header, so skip the lookups there.
        if (principal == null || request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        return users.find(principal.getName()).orElse(null);
    }

    @ModelAttribute("dates")
    DateView dates() {
        return new DateView();
    }

    @ModelAttribute("myMunicipality")
    String myMunicipality(Principal principal, jakarta.servlet.http.HttpServletRequest request) {
        if (principal == null || request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        return users.find(principal.getName()).flatMap(u -> municipalities.find(u.municipalityCode()))
                .map(Municipality::name).orElse(null);
    }
}
