package nl.regie.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import nl.regie.identity.RegieUser;

/** Login page, and the start page each role lands on after signing in. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(RegieUser user) {
        return switch (user.role()) {
            case CONSULTANT, TEAM_LEAD, CHAIN_PARTNER -> "redirect:/werkvoorraad";
            case POLICY_OFFICER -> "redirect:/cijfers";
            case FUNCTIONAL_ADMIN -> "redirect:/beheer/gebruikers";
        };
    }
}
